import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../api/src/demo/seedDemo.js';
import { signInAs } from '../support/browserPage';
import { saveScreenshot } from '../support/screenshots';
import { expectAccessible, tabSuite } from '../support/tabSuite';

/**
 * The two everyday loops on the demo tenant `npm start` shows, in headless Chromium against the real stack: an
 * employee on a phone reading open ideas first (filters folded into a sheet), and an IT member working the inbox.
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
  });

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
    await oldest
      .getByRole('textbox', { name: /Public answer/ })
      .fill('Thanks: we are checking this with the team this week.');
    await expectAccessible(t, 'answering from the inbox');
    await oldest.getByRole('button', { name: 'Post answer' }).click();
    await t.page.getByText(/^Answer posted/).waitFor();
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
    await dialog.getByText('Thanks: we are checking this with the team this week.').first().waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    // Focus goes back to the idea's row, not the page.
    await expect.poll(() => t.page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(title);
    expect(t.errors).toEqual([]);
  });
});
