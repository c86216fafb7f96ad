import { describe, expect, it } from 'vitest';
import type { IdeaView } from '@ideabar/core';
import { signInAs } from '../support/browserPage';
import { saveScreenshot } from '../support/screenshots';
import { demoCaller, seedIdeas } from '../support/tabStack';
import { expectAccessible, tabSuite } from '../support/tabSuite';

/** The tab in another language in headless Chromium against the real stack: Arabic runs right to left. */
let vpn: IdeaView;
const suite = tabSuite({
  seed: async (stack) => {
    [vpn] = (await seedIdeas(stack, demoCaller('Adele Vance'), [
      { title: 'Self-service VPN access', description: 'Request VPN without a ticket.' },
      {
        title: 'Second monitor for every desk',
        description: 'Two screens for spreadsheets.',
        category: 'Devices',
      },
    ])) as [IdeaView];
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

  it('in Japanese: left to right, in Japanese, with no other language downloaded', async () => {
    const t = await suite.tab();
    const scripts: string[] = [];
    t.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await signInAs(t.page, `${suite.stack.url}?lang=ja-JP`, 'Megan Bowen');
    await t.page
      .getByRole('tablist', { name: 'IdeaBar のページ' })
      .getByRole('tab', { name: 'ボード' })
      .waitFor();
    expect(await t.page.locator('html').getAttribute('dir')).toBe('ltr');
    // English comes with the page; Japanese is fetched for this reader, and none of the other four catalogs is.
    expect(scripts.filter((path) => /\/assets\/(ja|de|fr|es|ar)-[\w-]+\.js$/.test(path))).toEqual([
      expect.stringMatching(/\/assets\/ja-[\w-]+\.js$/),
    ]);
    await expectAccessible(t, 'board in Japanese');
  });

  it('in Arabic: IT’s inbox, the triage panel, Settings and Insights run right to left, charts read left to right in time, and axe finds nothing serious', async () => {
    const t = await suite.tab({ width: 1280, height: 900 });
    const url = suite.stack.url;
    await signInAs(t.page, `${url}?lang=ar-SA`, 'Alex Wilber');
    await t.page.getByRole('article', { name: 'Self-service VPN access' }).waitFor();

    // The inbox: its heading sits right of its switch, as a right-to-left page reads.
    await t.page.goto(`${url}/?lang=ar-SA&page=inbox`);
    const inbox = t.page.getByRole('heading', { name: 'بانتظار رد أول' });
    await inbox.waitFor();
    await t.page.getByRole('list', { name: 'أفكار بانتظار رد أول' }).getByRole('listitem').first().waitFor();
    expect(await t.page.locator('html').getAttribute('dir')).toBe('rtl');
    const heading = await inbox.boundingBox();
    const mine = await t.page.getByRole('switch', { name: 'الأفكار التي أشارك فيها فقط' }).boundingBox();
    expect(heading!.x).toBeGreaterThan(mine!.x);
    await t.page.getByRole('button', { name: 'رد', exact: true }).first().click();
    const answer = t.page.getByRole('form', { name: /^الرد على / });
    await answer.waitFor();
    await expectAccessible(t, 'inbox in Arabic, an answer open');
    // Answered in Arabic: the idea has its first answer, which Insights then count.
    await answer.getByRole('textbox', { name: 'الرد العلني' }).fill('نعمل على ذلك هذا الأسبوع.');
    await answer.getByRole('button', { name: 'نشر الرد' }).click();
    await t.page
      .getByText(/^تم نشر الرد/)
      .first()
      .waitFor();

    // The triage panel on the idea, with its classification open.
    await t.page.goto(`${url}/?lang=ar-SA&idea=${vpn.id}`);
    const triage = t.page.getByRole('region', { name: /^الفرز/ });
    await triage.waitFor();
    await triage.getByRole('button', { name: 'التصنيف والأولوية' }).click();
    await triage.getByRole('form', { name: 'التصنيف' }).waitFor();
    await triage.getByText('الأولوية: قيّم القيمة والجهد لرؤيتها.').waitFor();
    await expectAccessible(t, 'triage panel in Arabic');

    // Settings.
    await t.page.goto(`${url}/?lang=ar-SA&page=settings`);
    await t.page.getByRole('heading', { name: 'الإعدادات', level: 2 }).waitFor();
    await t.page.getByRole('region', { name: 'سجل التغييرات' }).waitFor();
    await t.page.getByRole('region', { name: 'التمكين' }).waitFor();
    await expectAccessible(t, 'settings in Arabic');

    // Insights: the page runs right to left, while a trend's time axis still runs left to right with its ticks
    // on the left, and every chart reads as a table too.
    await t.page.goto(`${url}/?lang=ar-SA&page=insights`);
    await t.page.getByRole('heading', { name: 'الإحصاءات', level: 2 }).waitFor();
    const trend = t.page.getByRole('img', { name: /^أيام العمل حتى أول رد/ });
    await trend.waitFor();
    const monthLabels = trend.locator('text[text-anchor="middle"]');
    const first = await monthLabels.first().boundingBox();
    const last = await monthLabels.last().boundingBox();
    expect(last!.x).toBeGreaterThan(first!.x);
    const tick = await trend.locator('text[text-anchor="end"]').first().boundingBox();
    expect(tick!.x).toBeLessThan(first!.x);
    await t.page.getByRole('button', { name: /^العرض كجدول: توزيع القرارات/ }).click();
    await t.page.getByRole('table', { name: 'توزيع القرارات' }).waitFor();
    await saveScreenshot(t.page, 'insights-arabic');
    await expectAccessible(t, 'insights in Arabic');
    expect(t.errors).toEqual([]);
  });
});
