import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../api/src/demo/seedDemo.js';
import { signInAs, type TabPage } from '../support/browserPage';
import { saveScreenshot } from '../support/screenshots';
import { expectAccessible, tabSuite } from '../support/tabSuite';

/**
 * The employee's side of the tab in Arabic and Japanese, in headless Chromium against the real stack and the demo
 * tenant `npm start` shows: the board with its cycle banner, an open idea, and the roadmap.
 */
const suite = tabSuite({
  async seed(stack) {
    await seedDemo(stack.host.services.ideabar.repos);
  },
});

/** Words of the English tab that must not be left on a translated page (its data are the demo's English titles). */
const ENGLISH_CHROME = [
  'New idea',
  'Search ideas',
  'Copy link',
  'Status history',
  'Up for your vote',
  'Try again',
];

async function englishLeft(t: TabPage): Promise<string[]> {
  const text = await t.page.locator('body').innerText();
  return ENGLISH_CHROME.filter((words) => text.includes(words));
}

describe('the board, an idea and the roadmap in the person’s language', () => {
  it('in Arabic: right to left, in Arabic, and axe finds nothing serious', async () => {
    const t = await suite.tab({ width: 1280, height: 800 });
    await signInAs(t.page, `${suite.stack.url}?lang=ar-SA`, 'Megan Bowen');
    const feed = t.page.getByRole('feed', { name: 'الأفكار' });
    await feed.getByRole('article').first().waitFor();
    expect(await t.page.locator('html').getAttribute('dir')).toBe('rtl');
    await t.page.getByRole('button', { name: 'فكرة جديدة' }).waitFor();
    await t.page.getByRole('searchbox', { name: 'ابحث في الأفكار' }).waitFor();
    // The cycle banner speaks Arabic: its phase, and its count of ideas with Arabic plural forms.
    const banner = t.page
      .getByRole('region')
      .filter({ has: t.page.getByText('التصويت جارٍ', { exact: true }) });
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/يُغلق التصويت/);
    // Right to left on screen: a row's vote button sits right of its title.
    const row = feed.getByRole('article').first();
    const vote = await row.getByRole('button', { name: /^صوّت لـ / }).boundingBox();
    const title = await row.getByRole('link').first().boundingBox();
    expect(vote!.x).toBeGreaterThan(title!.x);
    expect(await englishLeft(t)).toEqual([]);
    await expectAccessible(t, 'board in Arabic');
    await saveScreenshot(t.page, 'board-arabic', { docsName: 'board-arabic' });

    await row.getByRole('link').first().click();
    const drawer = t.page.getByRole('dialog', { name: /^الفكرة: / });
    await drawer.getByRole('heading', { name: 'سجل الحالة' }).waitFor();
    await drawer.getByRole('button', { name: 'نسخ الرابط' }).waitFor();
    await drawer.getByRole('button', { name: 'انشر التعليق' }).waitFor();
    expect(await englishLeft(t)).toEqual([]);
    await expectAccessible(t, 'an idea in Arabic');
    await saveScreenshot(t.page, 'idea-arabic');

    await t.page.goto(`${suite.stack.url}/?page=roadmap&lang=ar-SA`);
    await t.page.getByRole('heading', { name: 'خارطة الطريق', level: 2 }).waitFor();
    await t.page.getByRole('heading', { name: 'مطروحة لتصويتك' }).first().waitFor();
    expect(await t.page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await englishLeft(t)).toEqual([]);
    await expectAccessible(t, 'roadmap in Arabic');
    await saveScreenshot(t.page, 'roadmap-arabic');
    expect(t.errors).toEqual([]);

    // On a phone the filters fold into a sheet, in Arabic too.
    const phone = await suite.tab({ width: 390, height: 844 });
    await signInAs(phone.page, `${suite.stack.url}?lang=ar-SA`, 'Megan Bowen');
    await phone.page.getByRole('feed').getByRole('article').first().waitFor();
    await phone.page.getByRole('button', { name: 'عوامل التصفية' }).click();
    const sheet = phone.page.getByRole('dialog', { name: 'التصفية والترتيب' });
    await sheet.getByRole('combobox', { name: 'الحالة' }).waitFor();
    await sheet.getByRole('button', { name: 'إغلاق' }).waitFor();
    expect(await englishLeft(phone)).toEqual([]);
    await expectAccessible(phone, 'the phone’s filter sheet in Arabic');
    await saveScreenshot(phone.page, 'board-phone-filters-arabic');
    expect(phone.errors).toEqual([]);
  }, 180_000);

  it('in Japanese: left to right, in Japanese, and axe finds nothing serious', async () => {
    const t = await suite.tab({ width: 1280, height: 800 });
    await signInAs(t.page, `${suite.stack.url}?lang=ja-JP`, 'Megan Bowen');
    const feed = t.page.getByRole('feed', { name: 'アイデア' });
    await feed.getByRole('article').first().waitFor();
    expect(await t.page.locator('html').getAttribute('dir')).toBe('ltr');
    await t.page.getByRole('button', { name: '新しいアイデア' }).waitFor();
    await t.page
      .getByRole('status')
      .filter({ hasText: /件のアイデア/ })
      .waitFor();
    expect(await englishLeft(t)).toEqual([]);
    await expectAccessible(t, 'board in Japanese');
    await saveScreenshot(t.page, 'board-japanese');

    await feed.getByRole('article').first().getByRole('link').first().click();
    const drawer = t.page.getByRole('dialog', { name: /^アイデア: / });
    await drawer.getByRole('heading', { name: '状態の履歴' }).waitFor();
    expect(await englishLeft(t)).toEqual([]);
    await expectAccessible(t, 'an idea in Japanese');

    await t.page.goto(`${suite.stack.url}/?page=roadmap&lang=ja-JP`);
    await t.page.getByRole('heading', { name: 'ロードマップ', level: 2 }).waitFor();
    expect(await englishLeft(t)).toEqual([]);
    await expectAccessible(t, 'roadmap in Japanese');
    expect(t.errors).toEqual([]);
  }, 120_000);
});
