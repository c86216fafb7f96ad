import { readFileSync } from 'node:fs';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { InsightsReport, RoadmapLane } from '@ideabar/core';
import { seedDemo } from '../../../api/src/demo/seedDemo.js';
import { signInAs } from '../support/browserPage';
import { saveScreenshot } from '../support/screenshots';
import { tabSuite, expectAccessible } from '../support/tabSuite';

/**
 * The tab's pages beside the board (roadmap, insights) in headless Chromium against the real stack: Azurite, the
 * local host with the API, the tab built by Vite, and the demo tenant `npm start` shows, seeded through the domain.
 * What the pages show is checked against what the API answered them.
 */
const suite = tabSuite({
  async seed(stack) {
    await seedDemo(stack.host.services.ideabar.repos);
  },
});

const { tab } = suite;

const insightsAnswer = (response: Response) =>
  new URL(response.url()).pathname === '/api/insights' && response.request().method() === 'GET';

/** Does something and hands back the insights report the page asked for because of it. */
async function reportAfter(page: Page, action: () => Promise<unknown>): Promise<[InsightsReport, URL]> {
  const [response] = await Promise.all([page.waitForResponse(insightsAnswer), action()]);
  expect(response.status()).toBe(200);
  return [(await response.json()) as InsightsReport, new URL(response.url())];
}

/** The figures as the page states them, in en-US: "2.5 business days", "83%", "3 of 4". */
const days = (value: number | null) =>
  value === null
    ? 'No answers yet'
    : `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} business ${value === 1 ? 'day' : 'days'}`;
const percent = (share: number | null) =>
  share === null ? 'Nothing to measure yet' : `${Math.round(share * 100)}%`;

async function figure(page: Page, label: string): Promise<string | null> {
  const term = page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) });
  return term.locator('xpath=following-sibling::dd[1]').textContent();
}

async function expectFigures(page: Page, report: InsightsReport): Promise<void> {
  await page.getByRole('region', { name: 'Headline figures' }).waitFor();
  expect(await figure(page, 'Median time to first response')).toBe(
    days(report.responseTime.medianBusinessDays),
  );
  expect(await figure(page, '90th percentile time to first response')).toBe(
    days(report.responseTime.p90BusinessDays),
  );
  expect(await figure(page, 'Answered within the SLA')).toBe(percent(report.sla.withinShare));
  expect(await figure(page, 'Declines on a rule with a path to yes')).toBe(
    report.declines.restingOnRule === 0
      ? 'No declines on a rule'
      : `${report.declines.restingOnRuleWithPathToYes} of ${report.declines.restingOnRule}`,
  );
  await page
    .getByRole('status')
    .filter({ hasText: `Counting ${report.ideas} ideas.` })
    .waitFor();
}

/** A chart's table, row by row, after turning its "Show as table" on. */
async function chartTable(page: Page, chart: string): Promise<string[][]> {
  const card = page.getByRole('region', { name: chart });
  await card.getByRole('button', { name: `Show as table: ${chart}` }).click();
  const table = card.getByRole('table', { name: chart });
  await table.waitFor();
  return table
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

const CHARTS = [
  'Time to first answer, by month',
  'Answered within the SLA, by month',
  'Decision mix',
  'Ideas and votes per business area',
  'Core and non-core',
  'Cycle funnel',
  'Delivered benefits',
];

/** Waits for a chart card to draw: its picture (the trends) or its bars. */
async function drawn(page: Page, chart: string): Promise<void> {
  const card = page.getByRole('region', { name: chart });
  await card.getByRole('img').or(card.getByRole('list')).first().waitFor();
}

/** The colours a chart's series are drawn in: line strokes and bar fills (a pattern's colour is in its outline). */
async function seriesColours(page: Page, chart: string, list?: string): Promise<string[]> {
  const card = page.getByRole('region', { name: chart });
  const scope = list ? card.getByRole('list', { name: list }) : card.getByRole('img');
  return scope.evaluate((element) => {
    const series = element.querySelectorAll('[data-series] polyline, [data-bar] span[style]');
    const colours = [...series].map((drawn) => {
      const style = getComputedStyle(drawn);
      if (drawn.tagName === 'polyline') return style.stroke;
      return style.backgroundColor !== 'rgba(0, 0, 0, 0)'
        ? style.backgroundColor
        : (/rgba?\([^)]*\)/.exec(style.boxShadow)?.[0] ?? '');
    });
    return [...new Set(colours)];
  });
}

const STAGES = ['Planned', 'In progress', 'Delivered'] as const;
const STAGE_KEYS = { Planned: 'planned', 'In progress': 'inProgress', Delivered: 'delivered' } as const;
const committed = (lane: RoadmapLane) => lane.planned.length + lane.inProgress.length + lane.delivered.length;

describe('roadmap and insights in Chromium', () => {
  it('opens Insights from the header for everyone, showing the API’s figures, axe-clean', async () => {
    const t = await tab();
    await signInAs(t.page, suite.stack.url, 'Megan Bowen');
    await t.page.getByRole('feed').getByRole('article').first().waitFor();
    await expectAccessible(t, 'demo board');
    await saveScreenshot(t.page, 'demo-board', { docsName: 'board' });

    // Settings is for IT members: Megan sees the other three pages.
    const pages = t.page.getByRole('tablist', { name: 'IdeaBar pages' });
    expect(await pages.getByRole('tab').count()).toBe(3);
    for (const name of ['Board', 'Roadmap', 'Insights']) await pages.getByRole('tab', { name }).waitFor();
    const [report, asked] = await reportAfter(t.page, () =>
      pages.getByRole('tab', { name: 'Insights' }).click(),
    );
    expect(new URL(t.page.url()).search).toBe('?page=insights');
    // No board chosen: every board of the tenant, all time.
    expect([...asked.searchParams.keys()]).toEqual([]);
    expect(report.ideas).toBeGreaterThan(20);
    await expectFigures(t.page, report);
    expect(await t.page.getByRole('button', { name: 'Export CSV' }).count()).toBe(0);
    for (const chart of CHARTS) await drawn(t.page, chart);
    // The trend and the benefits say what the report says: its last month's figures, money in its currency.
    const trend = t.page.getByRole('region', { name: 'Time to first answer, by month' });
    const lastAnswered = report.responseTrend.filter((month) => month.medianBusinessDays !== null).at(-1);
    expect(
      await trend.locator(`[data-series="median"] [data-month="${lastAnswered?.month}"]`).textContent(),
    ).toBe(lastAnswered?.medianBusinessDays?.toLocaleString('en-US', { maximumFractionDigits: 1 }));
    const money = report.benefits.cost_saved.measured.toLocaleString('en-US', {
      style: 'currency',
      currency: report.currency,
      maximumFractionDigits: 0,
    });
    await t.page
      .getByRole('region', { name: 'Delivered benefits' })
      .getByRole('list', { name: 'Cost saved' })
      .getByText(money)
      .waitFor();
    await expectAccessible(t, 'insights');
    await saveScreenshot(t.page, 'insights', { docsName: 'insights' });

    // Back returns to the board, Forward to Insights.
    await t.page.goBack();
    await t.page.getByRole('feed').getByRole('article').first().waitFor();
    await pages.getByRole('tab', { name: 'Board', selected: true }).waitFor();
    await t.page.goForward();
    await t.page.getByRole('region', { name: 'Headline figures' }).waitFor();
    await pages.getByRole('tab', { name: 'Insights', selected: true }).waitFor();
    expect(t.errors).toEqual([]);
  });

  it('filters by period and cycle in the URL, and reads each chart as a table', async () => {
    const t = await tab();
    await signInAs(t.page, suite.stack.url, 'Lee Gu');
    await t.page.getByRole('feed').getByRole('article').first().waitFor();
    // A shared link opens Insights directly.
    const [all] = await reportAfter(t.page, () => t.page.goto(`${suite.stack.url}/?page=insights`));
    await expectFigures(t.page, all);

    await t.page.getByRole('combobox', { name: 'Submitted' }).click();
    const [recent, recentAsked] = await reportAfter(t.page, () =>
      t.page.getByRole('option', { name: 'Last 90 days' }).click(),
    );
    expect(new URL(t.page.url()).search).toBe('?page=insights&period=90d');
    const from = Date.parse(recentAsked.searchParams.get('from') ?? '');
    expect(Math.abs(Date.now() - 90 * 86_400_000 - from)).toBeLessThan(60_000);
    expect(recent.ideas).toBeLessThan(all.ideas);
    await expectFigures(t.page, recent);

    await t.page.getByRole('combobox', { name: 'Cycle' }).click();
    const [cycle, cycleAsked] = await reportAfter(t.page, () =>
      t.page.getByRole('option', { name: 'FY27 Q1 planning' }).click(),
    );
    const cycleId = cycleAsked.searchParams.get('cycleId');
    expect(cycleId).toBeTruthy();
    expect(new URL(t.page.url()).searchParams.get('cycle')).toBe(cycleId);
    await expectFigures(t.page, cycle);

    // All time again, in that cycle: what each chart draws, as a table.
    await t.page.getByRole('combobox', { name: 'Submitted' }).click();
    const [inCycle] = await reportAfter(t.page, () =>
      t.page.getByRole('option', { name: 'All time' }).click(),
    );
    await expectFigures(t.page, inCycle);
    const share = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;
    const { enabled, notYet, declined } = inCycle.decisionMix;
    const decided = enabled + notYet + declined;
    expect(await chartTable(t.page, 'Decision mix')).toEqual([
      ['Decision', 'Ideas', 'Share'],
      ['Enabled', String(enabled), share(enabled, decided)],
      ['Not yet decided', String(notYet), share(notYet, decided)],
      ['Declined', String(declined), share(declined, decided)],
    ]);
    const dash = (value: number | null, text: (value: number) => string) =>
      value === null ? '–' : text(value);
    const monthName = (month: string) =>
      new Date(`${month}-01T00:00:00Z`).toLocaleString('en-US', {
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
    const days1 = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });
    expect(await chartTable(t.page, 'Time to first answer, by month')).toEqual([
      ['Month', 'Ideas', 'Answered', 'Median', '90th percentile'],
      ...inCycle.responseTrend.map((month) => [
        monthName(month.month),
        String(month.ideas),
        String(month.answered),
        dash(month.medianBusinessDays, days1),
        dash(month.p90BusinessDays, days1),
      ]),
    ]);
    expect(await chartTable(t.page, 'Answered within the SLA, by month')).toEqual([
      ['Month', 'Within the SLA', 'Counted', 'Share'],
      ...inCycle.responseTrend.map((month) => [
        monthName(month.month),
        String(month.withinSla),
        String(month.slaMeasured),
        dash(month.withinShare, (value) => `${Math.round(value * 100)}%`),
      ]),
    ]);
    const { submitted, shortlisted, planned, delivered } = inCycle.funnel;
    expect(await chartTable(t.page, 'Cycle funnel')).toEqual([
      ['Stage', 'Ideas', 'Share of submitted'],
      ['Submitted', String(submitted), '100%'],
      ['Shortlisted', String(shortlisted), share(shortlisted, submitted)],
      ['Planned', String(planned), share(planned, submitted)],
      ['Delivered', String(delivered), share(delivered, submitted)],
    ]);
    expect(await chartTable(t.page, 'Ideas and votes per business area')).toEqual([
      ['Business area', 'Ideas', 'Votes'],
      ...inCycle.byArea.map((area) => [
        area.category ?? 'No category',
        area.ideas.toLocaleString('en-US'),
        area.votes.toLocaleString('en-US'),
      ]),
    ]);
    await expectAccessible(t, 'insights as tables');
    await saveScreenshot(t.page, 'insights-tables');

    // A custom period that ends before it starts is refused beside the dates, and nothing is asked for it.
    await t.page.getByRole('combobox', { name: 'Submitted' }).click();
    await t.page.getByRole('option', { name: 'Custom dates' }).click();
    const asked = () => t.page.evaluate(() => performance.getEntriesByType('resource').length);
    await t.page.getByLabel('From', { exact: true }).fill('2026-03-10');
    await t.page.getByLabel('To', { exact: true }).fill('2026-03-01');
    await t.page.getByText('The period must end on or after the day it starts.').waitFor();
    const before = await asked();
    await t.page.waitForTimeout(300);
    expect(await asked()).toBe(before);
    expect(new URL(t.page.url()).searchParams.get('to')).toBe('2026-03-01');
    await expectAccessible(t, 'insights with a wrong period');
    expect(t.errors).toEqual([]);
  });

  it('lets IT members export the ideas with their decisions as CSV', async () => {
    const t = await tab();
    await signInAs(t.page, suite.stack.url, 'Alex Wilber');
    await t.page.getByRole('feed').getByRole('article').first().waitFor();
    const pages = t.page.getByRole('tablist', { name: 'IdeaBar pages' });
    await pages.getByRole('tab', { name: 'Settings' }).waitFor();
    await pages.getByRole('tab', { name: 'Insights' }).click();
    const [download] = await Promise.all([
      t.page.waitForEvent('download'),
      t.page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ideabar-ideas-all-boards-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    // Every text cell is quoted, the header's too (see docs/api.md, "The CSV export").
    expect(header?.split(',').slice(0, 4)).toEqual(['"id"', '"board"', '"title"', '"status"']);
    expect(rows.length).toBeGreaterThan(20);
    await expectAccessible(t, 'insights for IT');
    expect(t.errors).toEqual([]);
  });

  it('shows the roadmap per cycle and opens an idea from it', async () => {
    const t = await tab();
    await signInAs(t.page, suite.stack.url, 'Megan Bowen');
    await t.page.getByRole('feed').getByRole('article').first().waitFor();
    const [response] = await Promise.all([
      t.page.waitForResponse((r) => new URL(r.url()).pathname === '/api/roadmap'),
      t.page.getByRole('tablist', { name: 'IdeaBar pages' }).getByRole('tab', { name: 'Roadmap' }).click(),
    ]);
    const { lanes } = (await response.json()) as { lanes: RoadmapLane[] };
    expect(new URL(t.page.url()).search).toBe('?page=roadmap');
    const main = t.page.getByRole('main');
    await main.getByRole('heading', { level: 3 }).first().waitFor();
    expect(await main.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
      lanes.map((lane) => lane.cycle?.name ?? 'Not in a cycle'),
    );
    // The latest cycle with something committed, and the first stage of it that has ideas.
    const lane = lanes.find((known) => known.cycle && committed(known) > 0);
    const [stage, ideas] = STAGES.map((name) => [name, lane?.[STAGE_KEYS[name]] ?? []] as const).find(
      ([, listed]) => listed.length > 0,
    ) ?? ['Planned', []];
    const idea = ideas[0];
    expect(idea).toBeDefined();
    const column = main
      .getByRole('region', { name: lane?.cycle?.name })
      .getByRole('region', { name: new RegExp(`^${stage}`) });
    expect(await column.getByRole('link').allTextContents()).toEqual(ideas.map((i) => i.title));
    await expectAccessible(t, 'roadmap');
    await saveScreenshot(t.page, 'roadmap');

    await column.getByRole('link', { name: idea?.title }).click();
    await t.page.getByRole('dialog', { name: `Idea: ${idea?.title}` }).waitFor();
    const url = new URL(t.page.url());
    expect(url.searchParams.get('idea')).toBe(idea?.id);
    expect(url.searchParams.get('page')).toBeNull();
    await t.page.goBack();
    await main.getByRole('heading', { name: lane?.cycle?.name }).waitFor();
    expect(new URL(t.page.url()).search).toBe('?page=roadmap');
    expect(t.errors).toEqual([]);
  });

  it('draws Insights in the light, dark and high-contrast themes at a phone’s width, no two series alike', async () => {
    const t = await tab({ width: 390, height: 844 });
    await signInAs(t.page, suite.stack.url, 'Megan Bowen');
    await t.page.getByRole('feed').getByRole('article').first().waitFor();
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      await t.page.goto(`${suite.stack.url}/?page=insights&theme=${theme}`);
      for (const chart of CHARTS) await drawn(t.page, chart);
      expect(await t.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
        true,
      );
      // Each chart's series in colours of their own (patterns and markers come on top, see chartColors).
      for (const [chart, list, series] of [
        ['Time to first answer, by month', undefined, 2],
        ['Decision mix', 'Ideas by decision', 3],
        ['Core and non-core', 'Ideas by sourcing', 3],
        ['Cycle funnel', 'Ideas per stage', 4],
        ['Delivered benefits', 'Cost saved', 2],
      ] as const)
        expect(await seriesColours(t.page, chart, list), `${chart}, ${theme}`).toHaveLength(series);
      await expectAccessible(t, `insights, ${theme}, phone`);
      await saveScreenshot(t.page, `insights-${theme}-mobile`);
    }
    expect(t.errors).toEqual([]);
  });

  it('is axe-clean at desktop size in the dark and high-contrast themes', async () => {
    const t = await tab({ width: 1280, height: 800 });
    await signInAs(t.page, suite.stack.url, 'Megan Bowen');
    await t.page.getByRole('feed').getByRole('article').first().waitFor();
    for (const theme of ['dark', 'contrast'] as const) {
      await t.page.goto(`${suite.stack.url}/?page=insights&theme=${theme}`);
      for (const chart of CHARTS) await drawn(t.page, chart);
      await expectAccessible(t, `insights, ${theme}, desktop`);
      await saveScreenshot(t.page, `insights-${theme}-desktop`);
    }
    expect(t.errors).toEqual([]);
  });
});
