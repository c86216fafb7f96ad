import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cycleResults, phaseOf } from '@ideabar/core';
import { DEMO_BOARD } from '../../../api/src/demo/demoBoard.js';
import { seedDemo } from '../../../api/src/demo/seedDemo.js';
import { signInAs, type TabPage } from '../support/browserPage';
import { saveScreenshot } from '../support/screenshots';
import { DEMO_TENANT_ID, demoCaller } from '../support/tabStack';
import { expectAccessible, tabSuite } from '../support/tabSuite';

/**
 * The two everyday loops on the demo tenant `npm start` shows, in headless Chromium against the real stack: an
 * employee on a phone reading open ideas first (filters folded into a sheet), an employee finding the planning cycle
 * open for votes and voting on its shortlist from the board and the roadmap, and an IT member working the inbox.
 */
const suite = tabSuite({
  async seed(stack) {
    await seedDemo(stack.host.services.ideabar.repos);
  },
});

/** How many idea rows are wholly on the first screen, as a person sees it without scrolling. */
const rowsOnFirstScreen = (page: Page) =>
  page
    .getByRole('feed')
    .getByRole('article')
    .evaluateAll(
      (rows) =>
        rows.filter((row) => {
          const box = row.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }).length,
    );

/** The demo's cycle open for votes, and its results as the API ranks them for `name`. */
async function currentCycle(name: string) {
  const { ideabar } = suite.stack.host.services;
  const cycles = await ideabar.repos.cycles.list(DEMO_TENANT_ID);
  const now = ideabar.clock.now();
  const cycle = cycles.find((known) => ['submissions', 'voting'].includes(phaseOf(known, now)));
  if (!cycle) throw new Error('the demo has no cycle open for ideas or votes');
  return cycleResults(ideabar, demoCaller(name), cycle.id);
}

/** Votes with a button that shows no vote yet, and waits until the API has answered and the button shows it. */
async function voteWith(t: TabPage, button: ReturnType<Page['getByRole']>): Promise<void> {
  const [, title, votes] =
    /^Vote for (.*), (\d+) votes?$/.exec((await button.getAttribute('aria-label')) ?? '') ?? [];
  expect(await button.getAttribute('aria-pressed')).toBe('false');
  const [answer] = await Promise.all([
    t.page.waitForResponse((r) => r.url().endsWith('/vote') && r.request().method() === 'PUT'),
    button.click(),
  ]);
  expect(answer.status()).toBe(200);
  await t.page
    .getByRole('button', { name: `Vote for ${title}, ${Number(votes) + 1} votes`, pressed: true })
    .first()
    .waitFor();
}

describe('the tab’s everyday loops (Chromium, demo tenant)', () => {
  it('shows at least four open ideas on a phone’s first screen, with the filters in a sheet, in every theme', async () => {
    const t = await suite.tab({ width: 390, height: 844 });
    await signInAs(t.page, suite.stack.url, 'Megan Bowen');
    const feed = t.page.getByRole('feed', { name: 'Ideas' });
    await feed.getByRole('article').first().waitFor();
    const shown = await rowsOnFirstScreen(t.page);
    console.info(`phone first screen (390×844): ${shown} ideas`);
    expect(shown).toBeGreaterThanOrEqual(4);
    // Open ideas first: nothing delivered, declined or merged on the default view.
    expect(await feed.getByText(/^(Delivered|Declined|Duplicate)$/).count()).toBe(0);
    expect(await t.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(t, 'phone board');
    await saveScreenshot(t.page, 'board-phone');

    await t.page.getByRole('button', { name: 'Filters' }).click();
    const sheet = t.page.getByRole('dialog', { name: 'Filters and sort' });
    await sheet.getByRole('combobox', { name: 'Status' }).click();
    await t.page.getByRole('option', { name: 'Delivered, declined, duplicate' }).click();
    await expectAccessible(t, 'phone filter sheet');
    await sheet.getByRole('button', { name: 'Close' }).click();
    await t.page.getByRole('button', { name: 'Filters (1)' }).waitFor();
    await feed.getByText('Delivered').first().waitFor();
    // A delivered idea shows its count, with nothing to press.
    const delivered = feed
      .getByRole('article')
      .filter({ has: t.page.getByText('Delivered', { exact: true }) });
    expect(
      await delivered
        .first()
        .getByRole('button', { name: /^Vote for/ })
        .count(),
    ).toBe(0);

    for (const theme of ['dark', 'contrast'] as const) {
      await t.page.goto(`${suite.stack.url}/?theme=${theme}`);
      await feed.getByRole('article').first().waitFor();
      expect(await rowsOnFirstScreen(t.page)).toBeGreaterThanOrEqual(4);
      await expectAccessible(t, `phone board, ${theme}`);
      await saveScreenshot(t.page, `board-phone-${theme}`);
    }
    expect(t.errors).toEqual([]);
  }, 90_000);

  it('shows the cycle open for votes on the board, filters to its shortlist and takes votes there and on the roadmap', async () => {
    const results = await currentCycle('Lee Gu');
    const { cycle } = results;
    const t = await suite.tab({ width: 1280, height: 800 });
    await signInAs(t.page, suite.stack.url, 'Lee Gu');
    const feed = t.page.getByRole('feed', { name: 'Ideas' });
    await feed.getByRole('article').first().waitFor();
    const banner = t.page.getByRole('region', { name: cycle.name });
    await banner.getByText('Voting', { exact: true }).waitFor();
    await banner.getByText(/^Voting closes in \d+ days/).waitFor();
    const ideas = banner.getByRole('button', { name: `${results.ideas} ideas` });
    const shortlist = banner.getByRole('button', { name: `Shortlist (${results.shortlist.length})` });

    // One click: the shortlist, ranked as the cycle's results rank it, in the URL.
    await shortlist.click();
    await expect
      .poll(() => new URL(t.page.url()).search)
      .toBe(`?status=all&cycle=${cycle.id}&shortlist=true`);
    await t.page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${results.shortlist.length} ideas$`) })
      .waitFor();
    expect(
      await feed
        .getByRole('article')
        .evaluateAll((rows) => rows.map((row) => row.querySelector('a')?.textContent)),
    ).toEqual(results.shortlist.map((idea) => idea.title));
    expect(await shortlist.getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(t, 'the cycle’s shortlist on the board');
    await saveScreenshot(t.page, 'board-cycle-shortlist');
    await voteWith(t, feed.getByRole('button', { name: /^Vote for /, pressed: false }).first());

    await ideas.click();
    await t.page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${results.ideas} ideas$`) })
      .waitFor();
    for (const theme of ['dark', 'contrast'] as const) {
      await t.page.goto(`${suite.stack.url}/?status=all&cycle=${cycle.id}&theme=${theme}`);
      await banner.getByRole('button', { name: `${results.ideas} ideas`, pressed: true }).waitFor();
      await feed.getByRole('article').first().waitFor();
      await expectAccessible(t, `the cycle’s ideas, ${theme}`);
      await saveScreenshot(t.page, `board-cycle-${theme}`);
    }

    // The roadmap's cycle lane lists the leading ideas, with the board's vote buttons.
    await t.page.goto(`${suite.stack.url}/?page=roadmap`);
    const lane = t.page.getByRole('region', { name: cycle.name, exact: true });
    const leading = lane.getByRole('list', { name: `Leading ideas of ${cycle.name}` });
    await leading.getByRole('listitem').first().waitFor();
    expect(await leading.getByRole('listitem').count()).toBe(Math.min(10, results.ideas));
    expect(await leading.getByRole('listitem').first().getByText('Shortlist').count()).toBe(1);
    await expectAccessible(t, 'roadmap with the cycle open for votes');
    await saveScreenshot(t.page, 'roadmap-cycle-votes');
    await voteWith(t, leading.getByRole('button', { name: /^Vote for /, pressed: false }).first());
    expect(t.errors).toEqual([]);

    // On a phone, the cycle's shortlist is one choice in the filter sheet, and the ideas still fill the screen.
    const phone = await suite.tab({ width: 390, height: 844 });
    await signInAs(phone.page, suite.stack.url, 'Lee Gu');
    await phone.page.getByRole('feed').getByRole('article').first().waitFor();
    await phone.page.getByRole('button', { name: 'Filters' }).click();
    const sheet = phone.page.getByRole('dialog', { name: 'Filters and sort' });
    await sheet.getByRole('combobox', { name: 'Planning cycle' }).click();
    await phone.page.getByRole('option', { name: `${cycle.name}: shortlist` }).click();
    await sheet.getByRole('button', { name: 'Close' }).click();
    await phone.page.getByRole('button', { name: 'Filters (2)' }).waitFor();
    expect(new URL(phone.page.url()).searchParams.get('shortlist')).toBe('true');
    await phone.page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${results.shortlist.length} ideas$`) })
      .waitFor();
    expect(await rowsOnFirstScreen(phone.page)).toBeGreaterThanOrEqual(4);
    await expectAccessible(phone, 'phone board, the cycle’s shortlist');
    await saveScreenshot(phone.page, 'board-phone-cycle-shortlist');
    expect(phone.errors).toEqual([]);
  }, 120_000);

  it('lets IT answer the oldest waiting idea from the inbox, in public and without moving it', async () => {
    const t = await suite.tab({ width: 1280, height: 800 });
    await signInAs(t.page, suite.stack.url, 'Alex Wilber');
    await t.page.getByRole('feed').getByRole('article').first().waitFor();
    await t.page.getByRole('tab', { name: 'Inbox' }).click();
    const list = t.page.getByRole('list', { name: 'Ideas waiting for a first answer' });
    await list.waitFor();
    const summary = await t.page
      .getByRole('status')
      .filter({ hasText: /waiting, oldest first/ })
      .textContent();
    const waiting = Number(/^(\d+) waiting/.exec(summary ?? '')?.[1]);
    expect(waiting).toBeGreaterThan(0);
    await expectAccessible(t, 'inbox');
    await saveScreenshot(t.page, 'inbox');

    const oldest = list.getByRole('listitem').first();
    const title = (await oldest.getByRole('link').first().textContent()) ?? '';
    await oldest.getByRole('button', { name: 'Answer' }).click();
    // A saved response of the board fills the answer; IT goes on typing where it ends.
    await oldest.getByRole('combobox', { name: /Start from a saved response/ }).click();
    await expectAccessible(t, 'choosing a saved response');
    const security = DEMO_BOARD.savedResponses.find((r) => r.title === 'Checking with security');
    await t.page.getByRole('option', { name: new RegExp(`^${security?.title}`) }).click();
    const box = oldest.getByRole('textbox', { name: /Public answer/ });
    await expect.poll(() => box.inputValue()).toBe(security?.text);
    await expect.poll(() => t.page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await t.page.keyboard.type(' Thanks for the detail.');
    const answer = `${security?.text} Thanks for the detail.`;
    await expectAccessible(t, 'answering from the inbox');
    await saveScreenshot(t.page, 'inbox-answering', { docsName: 'inbox' });
    await oldest.getByRole('button', { name: 'Post answer' }).click();
    // The toast, and its words in the live region that announces them to a screen reader.
    await t.page
      .getByText(/^Answer posted/)
      .first()
      .waitFor();
    await t.page
      .locator('[aria-live]')
      .filter({ hasText: /Answer posted/ })
      .first()
      .waitFor({ state: 'attached' });
    // The keyboard goes on to the next waiting idea instead of dropping to the page.
    await expect
      .poll(() => t.page.evaluate(() => document.activeElement?.id ?? ''))
      .toMatch(/^inbox-answer-/);
    await t.page
      .getByRole('status')
      .filter({ hasText: `${waiting - 1} waiting` })
      .waitFor();
    expect(await list.getByRole('link', { name: title, exact: true }).count()).toBe(0);

    // The idea shows the answer, its status unchanged.
    await t.page.goto(`${suite.stack.url}/?status=all&q=${encodeURIComponent(title)}`);
    await t.page.getByRole('feed').getByRole('link', { name: title, exact: true }).click();
    const dialog = t.page.getByRole('dialog', { name: `Idea: ${title}` });
    await dialog.getByText(/^IT answered \(still /).waitFor();
    await dialog.getByText(answer).first().waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    // Focus goes back to the idea's row, not the page.
    await expect.poll(() => t.page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(title);
    expect(t.errors).toEqual([]);
  });

  it('keeps the inbox and its answer form accessible at desktop and phone sizes, in every theme', async () => {
    const t = await suite.tab({ width: 1280, height: 800 });
    await signInAs(t.page, suite.stack.url, 'Alex Wilber');
    await t.page.getByRole('feed').getByRole('article').first().waitFor();
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await t.page.setViewportSize({ width, height });
      for (const theme of ['default', 'dark', 'contrast'] as const) {
        const state = `inbox ${width}×${height}, ${theme}`;
        await t.page.goto(`${suite.stack.url}/?page=inbox&theme=${theme}`);
        const first = t.page
          .getByRole('list', { name: 'Ideas waiting for a first answer' })
          .getByRole('listitem')
          .first();
        await first.getByRole('button', { name: 'Answer' }).click();
        await first.getByRole('combobox', { name: /Start from a saved response/ }).waitFor();
        expect(await t.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
          true,
        );
        await expectAccessible(t, `${state}, answering`);
        await first.getByRole('combobox', { name: /Start from a saved response/ }).click();
        await t.page.getByRole('option').first().waitFor();
        await expectAccessible(t, `${state}, saved responses open`);
        await t.page.keyboard.press('Escape');
      }
    }
    await saveScreenshot(t.page, 'inbox-phone-contrast');
    expect(t.errors).toEqual([]);
  });
});
