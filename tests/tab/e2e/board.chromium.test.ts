import { describe, expect, it } from 'vitest';
import { signInAs } from '../support/browserPage';
import { saveScreenshot } from '../support/screenshots';
import { DEMO_TENANT_ID, demoCaller, seedIdeas } from '../support/tabStack';
import { tabSuite, expectAccessible } from '../support/tabSuite';

/**
 * The tab in headless Chromium (from npm) against the real local stack: Azurite, the local host with the API, and
 * the tab built by Vite (once per run, see tabSuite) and served from the same origin.
 */
const suite = tabSuite({
  async seed(stack) {
    await seedIdeas(stack, demoCaller('Adele Vance'), [
      {
        title: 'Self-service VPN access',
        description: 'Request VPN without a ticket.',
        category: 'Remote work',
        tags: ['vpn'],
      },
      {
        title: 'Dark mode for the intranet',
        description: 'Easier on the eyes.',
        category: 'Software',
        tags: ['ui'],
      },
      {
        title: 'Second monitor for hybrid desks',
        description: 'Hot desks have one screen.',
        category: 'Devices',
        tags: ['desks'],
      },
    ]);
  },
});

const { tab } = suite;

describe('the tab in Chromium', () => {
  it('signs in standalone as one of the API’s demo people and loads the board', async () => {
    const t = await tab();
    await t.page.goto(suite.stack.url);
    const people = t.page.getByRole('list', { name: 'Demo people' });
    await people.waitFor();
    // The people come from GET /api/dev/people: their job titles, and a badge for IT members only.
    expect(await people.getByRole('button').count()).toBe(12);
    expect(await people.getByRole('button', { name: 'Sign in as Megan Bowen' }).textContent()).toContain(
      'Marketing Manager',
    );
    expect(await people.getByRole('button').filter({ hasText: 'IT member' }).allTextContents()).toEqual([
      expect.stringContaining('Alex Wilber'),
      expect.stringContaining('Nestor Wilke'),
    ]);
    await expectAccessible(t, 'identity picker');
    await saveScreenshot(t.page, 'identity-picker');
    await t.page.getByRole('button', { name: 'Sign in as Megan Bowen' }).click();
    const feed = t.page.getByRole('feed', { name: 'Ideas' });
    await feed.getByRole('article').first().waitFor();
    expect(await feed.getByRole('article').count()).toBe(3);
    await t.page.getByText('Signed in as Megan Bowen').waitFor();
    await expectAccessible(t, 'board');
    await saveScreenshot(t.page, 'board');
    expect(t.errors).toEqual([]);
  });

  it('submits an idea, showing the API’s field messages beside the inputs first', async () => {
    const t = await tab();
    await signInAs(t.page, suite.stack.url, 'Diego Siciliani');
    await t.page.getByRole('button', { name: 'New idea' }).click();
    const dialog = t.page.getByRole('dialog', { name: 'Share an idea' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('VP');
    await dialog
      .getByRole('textbox', { name: 'Description' })
      .fill('Let people request a VPN profile themselves.');
    await dialog.getByRole('textbox', { name: 'Tags' }).fill('remote, ' + 'x'.repeat(31));
    await dialog.getByRole('button', { name: 'Post idea' }).click();
    await dialog.getByText('Use at least 3 characters.').waitFor();
    await dialog.getByText('Use at most 30 characters.').waitFor();
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Title' }).getAttribute('aria-invalid'))
      .toBe('true');
    await expectAccessible(t, 'submit form with errors');
    await saveScreenshot(t.page, 'submit-form-errors');

    await dialog.getByRole('textbox', { name: 'Title' }).fill('VPN profiles on request');
    await dialog.getByRole('textbox', { name: 'Tags' }).fill('remote, vpn');
    await dialog
      .getByRole('region', { name: 'Similar ideas already on the board' })
      .getByText('Self-service VPN access')
      .waitFor();
    await expectAccessible(t, 'submit form with similar ideas');
    await saveScreenshot(t.page, 'submit-form-similar');
    await dialog.getByRole('button', { name: 'Post idea' }).click();
    await t.page.getByText('Your idea is on the board.', { exact: false }).first().waitFor();
    // The new idea opens, ready to share; closing it shows it first on the board.
    const posted = t.page.getByRole('dialog', { name: 'Idea: VPN profiles on request' });
    await posted.getByRole('button', { name: 'Copy link' }).waitFor();
    // Focus went into the drawer with it, rather than back to the closed form's New idea button behind it.
    await expect.poll(() => posted.evaluate((drawer) => drawer.contains(document.activeElement))).toBe(true);
    await expectAccessible(t, 'the new idea, open');
    await posted.getByRole('button', { name: 'Close' }).click();
    const first = t.page.getByRole('feed').getByRole('article').first();
    expect(await first.getByRole('link').textContent()).toBe('VPN profiles on request');
    // A new idea comes with its author's vote.
    expect(await first.getByRole('button', { name: /^Vote for/ }).getAttribute('aria-pressed')).toBe('true');
    // Chromium logs the refused POST itself; the tab logged nothing.
    expect(t.errors.filter((error) => !error.includes('status of 400 (Bad Request)'))).toEqual([]);
  });

  it('votes and withdraws inline, and the vote holds across a reload', async () => {
    const t = await tab();
    await signInAs(t.page, suite.stack.url, 'Lee Gu');
    const row = t.page.getByRole('article', { name: 'Dark mode for the intranet' });
    const vote = row.getByRole('button', { name: /^Vote for Dark mode for the intranet/ });
    expect(await vote.getAttribute('aria-label')).toBe('Vote for Dark mode for the intranet, 1 vote');
    await Promise.all([
      t.page.waitForResponse(
        (response) => response.url().endsWith('/vote') && response.request().method() === 'PUT',
      ),
      vote.click(),
    ]);
    await row
      .getByRole('button', { name: 'Vote for Dark mode for the intranet, 2 votes', pressed: true })
      .waitFor();
    await t.page.reload();
    const again = t.page.getByRole('article', { name: 'Dark mode for the intranet' });
    await Promise.all([
      t.page.waitForResponse(
        (response) => response.url().endsWith('/vote') && response.request().method() === 'DELETE',
      ),
      again
        .getByRole('button', { name: 'Vote for Dark mode for the intranet, 2 votes', pressed: true })
        .click(),
    ]);
    await again
      .getByRole('button', { name: 'Vote for Dark mode for the intranet, 1 vote', pressed: false })
      .waitFor();
    await t.page.reload();
    await t.page
      .getByRole('article', { name: 'Dark mode for the intranet' })
      .getByRole('button', { name: 'Vote for Dark mode for the intranet, 1 vote', pressed: false })
      .waitFor();
    expect(t.errors).toEqual([]);
  });

  it('filters and searches, keeping the view in the URL so it can be shared', async () => {
    const t = await tab();
    await signInAs(t.page, suite.stack.url, 'Megan Bowen');
    const feed = t.page.getByRole('feed');
    await feed.getByRole('article').first().waitFor();
    await t.page.getByRole('searchbox', { name: 'Search ideas' }).pressSequentially('monitor');
    await expect.poll(() => new URL(t.page.url()).search).toBe('?q=monitor');
    await t.page
      .getByRole('status')
      .filter({ hasText: /^1 idea$/ })
      .waitFor();
    expect(await feed.getByRole('article').count()).toBe(1);
    await saveScreenshot(t.page, 'board-search');

    await t.page.getByRole('searchbox', { name: 'Search ideas' }).fill('');
    await expect.poll(() => new URL(t.page.url()).search).toBe('');
    await t.page
      .getByRole('status')
      .filter({ hasText: /^[2-9] ideas$/ })
      .waitFor();
    await t.page.getByRole('combobox', { name: 'Status' }).click();
    await t.page.getByRole('option', { name: 'Planned' }).click();
    await expect.poll(() => new URL(t.page.url()).search).toBe('?status=planned');
    await t.page.getByRole('heading', { name: 'No ideas match this view' }).waitFor();
    await expectAccessible(t, 'empty filtered board');
    await saveScreenshot(t.page, 'board-empty-filter');

    // A shared link opens the same view.
    await t.page.goto(`${suite.stack.url}/?tag=desks&sort=new`);
    await t.page.getByRole('button', { name: 'Remove the tag filter desks' }).waitFor();
    expect(await t.page.getByRole('combobox', { name: 'Sort by' }).textContent()).toContain('Sort: New');
    await t.page
      .getByRole('status')
      .filter({ hasText: /^1 idea$/ })
      .waitFor();
    expect(await feed.getByRole('link').first().textContent()).toBe('Second monitor for hybrid desks');

    // The category choices are the board's, counted by the API over all its ideas.
    await t.page.goto(suite.stack.url);
    await feed.getByRole('article').first().waitFor();
    await t.page.getByRole('combobox', { name: 'Category' }).click();
    await t.page.getByRole('option', { name: 'Devices (1)' }).click();
    await expect.poll(() => new URL(t.page.url()).search).toBe('?category=Devices');
    await t.page
      .getByRole('status')
      .filter({ hasText: /^1 idea$/ })
      .waitFor();
    expect(await feed.getByRole('link').first().textContent()).toBe('Second monitor for hybrid desks');
    expect(t.errors).toEqual([]);
  });

  it('opens an idea from the ?idea= link, with its history and a new comment', async () => {
    const [idea] = (
      await suite.stack.host.services.ideabar.repos.ideas.listBoard(DEMO_TENANT_ID, 'default')
    ).filter((known) => known.title === 'Second monitor for hybrid desks');
    const t = await tab();
    await signInAs(t.page, suite.stack.url, 'Megan Bowen');
    await t.page.goto(`${suite.stack.url}/?idea=${idea?.id}`);
    const dialog = t.page.getByRole('dialog', { name: 'Idea: Second monitor for hybrid desks' });
    await dialog.getByText('Hot desks have one screen.').waitFor();
    await dialog.getByRole('heading', { name: 'Status history' }).waitFor();
    await dialog.getByRole('textbox', { name: 'Add a comment' }).fill('Our floor needs this too.');
    await dialog.getByRole('button', { name: 'Post comment' }).click();
    await dialog.getByText('Our floor needs this too.').waitFor();
    await dialog.getByRole('heading', { name: '1 comment' }).waitFor();
    await expectAccessible(t, 'idea detail');
    await saveScreenshot(t.page, 'idea-detail');
    await t.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(t.page.url()).search).toBe('');
    await t.page
      .getByRole('article', { name: 'Second monitor for hybrid desks' })
      .getByText('1 comment')
      .waitFor();
    expect(t.errors).toEqual([]);
  });

  it('switches between the Teams light, dark and high-contrast themes', async () => {
    const t = await tab();
    await signInAs(t.page, suite.stack.url, 'Alex Wilber');
    await t.page.getByRole('feed').getByRole('article').first().waitFor();
    const background = () =>
      t.page.evaluate(
        () => getComputedStyle(document.querySelector('header')?.parentElement as Element).backgroundColor,
      );
    expect(await background()).toBe('rgb(255, 255, 255)');
    for (const [label, name, color] of [
      ['Dark', 'dark', 'rgb(41, 41, 41)'],
      ['High contrast', 'contrast', 'rgb(0, 0, 0)'],
    ] as const) {
      await t.page.getByRole('button', { name: /^Theme:/ }).click();
      await t.page.getByRole('menuitemradio', { name: label }).click();
      await t.page.waitForFunction(
        (expected) => document.querySelector('[data-theme]')?.getAttribute('data-theme') === expected,
        name,
      );
      expect(await background()).toBe(color);
      await expectAccessible(t, `${name} theme`);
      await saveScreenshot(t.page, `board-${name}`);
    }
    expect(t.errors).toEqual([]);
  });

  it('fits a Teams mobile width, with nothing scrolling sideways', async () => {
    const t = await tab({ width: 360, height: 740 });
    await signInAs(t.page, suite.stack.url, 'Megan Bowen');
    await t.page.getByRole('feed').getByRole('article').first().waitFor();
    expect(await t.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(t, 'mobile board');
    await saveScreenshot(t.page, 'board-mobile');
    await t.page.getByRole('feed').getByRole('link').first().click();
    await t.page.getByRole('dialog').getByRole('heading', { name: 'Status history' }).waitFor();
    expect(await t.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(t, 'mobile idea detail');
    await saveScreenshot(t.page, 'idea-detail-mobile');
  });

  it('is reachable by keyboard with visible focus', async () => {
    const t = await tab();
    await signInAs(t.page, suite.stack.url, 'Megan Bowen');
    await t.page.getByRole('feed').getByRole('article').first().waitFor();
    const seen = new Set<string>();
    for (let i = 0; i < 14; i += 1) {
      await t.page.keyboard.press('Tab');
      await t.page.waitForTimeout(250); // the search box's focus underline grows in
      const focused = await t.page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        // Fluent draws focus as an outline, as a border on ::after (buttons), a double underline (links), or as
        // the animated underline of the input's wrapper (search box, dropdowns).
        const style = getComputedStyle(element);
        const after = getComputedStyle(element, '::after');
        const wrapper = element.closest('.fui-Input, .fui-Dropdown');
        const underline = wrapper ? getComputedStyle(wrapper, '::after') : undefined;
        const visible =
          (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') ||
          (after.content !== 'none' && after.borderTopStyle !== 'none') ||
          style.textDecorationStyle === 'double' ||
          (underline !== undefined && underline.transform !== 'matrix(0, 0, 0, 1, 0, 0)');
        return {
          name: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName,
          visible,
        };
      });
      if (!focused) continue;
      expect(focused.visible, `focus ring on ${focused.name}`).toBe(true);
      seen.add(focused.name);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['New idea', 'Search ideas']));
    expect([...seen].some((name) => name.startsWith('Vote for'))).toBe(true);
  });
});
