import { describe, expect, it } from 'vitest';
import { signInAs } from '../support/browserPage';
import { saveScreenshot } from '../support/screenshots';
import { demoCaller, seedIdeas } from '../support/tabStack';
import { expectAccessible, tabSuite } from '../support/tabSuite';

/** The tab in another language in headless Chromium against the real stack: Arabic runs right to left. */
const suite = tabSuite({
  seed: async (stack) => {
    await seedIdeas(stack, demoCaller('Adele Vance'), [
      { title: 'Self-service VPN access', description: 'Request VPN without a ticket.' },
    ]);
  },
});

describe('the tab in the person’s language', () => {
  it('in Arabic: the page and Fluent run right to left, the shell speaks Arabic, and axe finds nothing serious', async () => {
    const t = await suite.tab();
    await signInAs(t.page, `${suite.stack.url}?lang=ar-SA`, 'Megan Bowen');
    const pages = t.page.getByRole('tablist', { name: 'صفحات IdeaBar' });
    await pages.getByRole('tab', { name: 'اللوحة' }).waitFor();
    await t.page.getByRole('article', { name: 'Self-service VPN access' }).waitFor();
    expect(await t.page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await t.page.locator('html').getAttribute('lang')).toBe('ar-SA');
    expect(await t.page.locator('.fui-FluentProvider').first().getAttribute('dir')).toBe('rtl');
    // Right to left on screen: the page's title sits right of its navigation.
    const title = await t.page.getByRole('heading', { name: 'IdeaBar', level: 1 }).boundingBox();
    const nav = await pages.boundingBox();
    expect(title!.x).toBeGreaterThan(nav!.x);
    await saveScreenshot(t.page, 'board-arabic');
    await expectAccessible(t, 'board in Arabic');
    expect(t.errors).toEqual([]);
  });

  it('in Japanese: left to right, in Japanese', async () => {
    const t = await suite.tab();
    await signInAs(t.page, `${suite.stack.url}?lang=ja-JP`, 'Megan Bowen');
    await t.page
      .getByRole('tablist', { name: 'IdeaBar のページ' })
      .getByRole('tab', { name: 'ボード' })
      .waitFor();
    expect(await t.page.locator('html').getAttribute('dir')).toBe('ltr');
    await expectAccessible(t, 'board in Japanese');
  });
});
