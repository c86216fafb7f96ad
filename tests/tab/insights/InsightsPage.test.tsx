// @vitest-environment jsdom
import '../support/jsdomSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InsightsReport } from '@ideabar/core';
import { InsightsPage } from '../../../tab/src/insights/InsightsPage';
import type { InsightsPageProps } from '../../../tab/src/insights/useInsightsPage';
import { exportFileName } from '../../../tab/src/insights/useInsightsPage';
import { aBoard, aCycle, aReport, FakeIdeaBar } from '../support/fakeIdeaBar';
import { renderWithApi } from '../support/renderWithApi';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

let server: FakeIdeaBar;
let report: InsightsReport;
/** Set to make GET /api/insights fail. */
let refusal: { status: number; body: unknown; headers?: Record<string, string> } | undefined;
beforeEach(() => {
  report = aReport();
  refusal = undefined;
  server = new FakeIdeaBar().install();
  server.when('GET', /^\/api\/insights$/, () => refusal ?? { status: 200, body: report });
  server.when('GET', /^\/api\/cycles$/, {
    status: 200,
    body: {
      items: [
        aCycle('c2', 'FY27 Q1 planning', 'closed', { boardId: 'b1' }),
        aCycle('c1', 'FY26 H2 planning', 'closed', { boardId: 'b1' }),
      ],
    },
  });
});

const renderInsights = (props: Partial<InsightsPageProps> = {}) =>
  renderWithApi(<InsightsPage canExport={false} locale="en-US" theme="default" {...props} />);

/** A headline figure's value, by its label. */
const figure = (label: string) => screen.getByText(label).closest('div')?.querySelector('dd')?.textContent;
const insightsCalls = () => server.callsTo('GET', /^\/api\/insights$/);

describe('the insights page', () => {
  it('states the headline figures of the report in words', async () => {
    renderInsights();
    await screen.findByRole('region', { name: 'Headline figures' });
    expect(figure('Median time to first response')).toBe('2.5 business days');
    expect(figure('90th percentile time to first response')).toBe('7 business days');
    expect(figure('Answered within the SLA')).toBe('75%');
    expect(screen.getByText('9 of 12 within 5 business days; 2 still waiting past it')).toBeTruthy();
    expect(figure('Declines on a rule with a path to yes')).toBe('1 of 2');
    expect(screen.getByText('2 of 3 declines rest on a named rule')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Counting 12 ideas.');
    // Everyone's page: no board and no period means the whole tenant, all time.
    expect([...(insightsCalls()[0]?.query.keys() ?? [])]).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
  });

  it('says so when nothing has been answered or declined yet', async () => {
    report = aReport({
      responseTime: { medianBusinessDays: null, p90BusinessDays: null, answered: 0, waiting: 3 },
      sla: { businessDays: 5, withinShare: null, within: 0, late: 0, overdueWaiting: 0 },
      declines: { total: 0, restingOnRule: 0, restingOnRuleWithPathToYes: 0 },
    });
    renderInsights();
    await screen.findByRole('region', { name: 'Headline figures' });
    expect(figure('Median time to first response')).toBe('No answers yet');
    expect(figure('Answered within the SLA')).toBe('Nothing to measure yet');
    expect(figure('Declines on a rule with a path to yes')).toBe('No declines on a rule');
  });

  it('shows every chart, and the same numbers as a table on request', async () => {
    const user = userEvent.setup();
    renderInsights();
    for (const chart of [
      'Time to first answer, by month',
      'Answered within the SLA, by month',
      'Decision mix',
      'Ideas and votes per business area',
      'Core and non-core',
      'Cycle funnel',
      'Delivered benefits',
    ]) {
      const card = await screen.findByRole('region', { name: chart });
      expect(within(card).queryByRole('table')).toBeNull();
      expect(
        within(card).queryAllByRole('img').length + within(card).queryAllByRole('list').length,
      ).toBeGreaterThan(0);
    }

    const rows = async (chart: string) => {
      const card = screen.getByRole('region', { name: chart });
      const toggle = within(card).getByRole('button', { name: `Show as table: ${chart}` });
      await user.click(toggle);
      expect(toggle.getAttribute('aria-pressed')).toBe('true');
      return within(within(card).getByRole('table', { name: chart }))
        .getAllByRole('row')
        .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    };
    expect(await rows('Time to first answer, by month')).toEqual([
      ['Month', 'Ideas', 'Answered', 'Median', '90th percentile'],
      ['Sep 2026', '4', '4', '1.5', '4'],
      ['Oct 2026', '0', '0', '–', '–'],
      ['Nov 2026', '8', '8', '2.5', '7'],
    ]);
    expect(await rows('Answered within the SLA, by month')).toEqual([
      ['Month', 'Within the SLA', 'Counted', 'Share'],
      ['Sep 2026', '3', '4', '75%'],
      ['Oct 2026', '0', '0', '–'],
      ['Nov 2026', '7', '8', '88%'],
    ]);
    expect(await rows('Decision mix')).toEqual([
      ['Decision', 'Ideas', 'Share'],
      ['Enabled', '5', '42%'],
      ['Not yet decided', '4', '33%'],
      ['Declined', '3', '25%'],
    ]);
    expect(await rows('Ideas and votes per business area')).toEqual([
      ['Business area', 'Ideas', 'Votes'],
      ['Finance', '7', '40'],
      ['No category', '5', '1,234'],
    ]);
    expect(await rows('Core and non-core')).toEqual([
      ['Sourcing', 'Ideas', 'Share'],
      ['Core', '4', '33%'],
      ['Non-core', '3', '25%'],
      ['Not classified yet', '5', '42%'],
      ['Recommended: build', '3', '43%'],
      ['Recommended: keep in-house', '1', '14%'],
      ['Recommended: buy', '2', '29%'],
      ['Recommended: outsource', '1', '14%'],
    ]);
    expect(await rows('Cycle funnel')).toEqual([
      ['Stage', 'Ideas', 'Share of submitted'],
      ['Submitted', '12', '100%'],
      ['Shortlisted', '8', '67%'],
      ['Planned', '5', '42%'],
      ['Delivered', '2', '17%'],
    ]);
    // Only the kinds some delivered idea reports; uptime is an average, the rest are totals; money in the tenant's
    // currency.
    expect(await rows('Delivered benefits')).toEqual([
      ['Benefit', 'Expected', 'Measured', 'Ideas'],
      ['Hours saved per month (total)', '40 hours', '55.5 hours', '2'],
      ['Cost saved (total)', '€1,000', '€1,500', '1'],
      ['Uptime (%) (average)', '99.5%', '99.9%', '1'],
    ]);

    await user.click(screen.getByRole('button', { name: 'Show as table: Decision mix' }));
    expect(within(screen.getByRole('region', { name: 'Decision mix' })).queryByRole('table')).toBeNull();
  });

  it('draws the trend month by month, leaving a gap where a month has nothing to measure', async () => {
    renderInsights();
    const trend = await screen.findByRole('region', { name: 'Time to first answer, by month' });
    const drawing = within(trend).getByRole('img', { name: /^Business days to first answer per month/ });
    const points = (series: string) =>
      [...drawing.querySelectorAll(`[data-series="${series}"] [data-month]`)].map((point) => [
        point.getAttribute('data-month'),
        point.textContent,
      ]);
    // October has no answered idea: no point, and no line drawn through it as if it were zero.
    expect(points('median')).toEqual([
      ['2026-09', '1.5'],
      ['2026-11', '2.5'],
    ]);
    expect(points('p90')).toEqual([
      ['2026-09', '4'],
      ['2026-11', '7'],
    ]);
    expect(drawing.querySelectorAll('polyline')).toHaveLength(0);
    expect(within(trend).getByText('90th percentile, business days')).toBeTruthy();

    const sla = screen.getByRole('region', { name: 'Answered within the SLA, by month' });
    expect(within(sla).getByText(/An idea still waiting counts as missed once it is past due/)).toBeTruthy();
    const bars = [...within(sla).getByRole('img').querySelectorAll('[data-month]')];
    expect(bars.map((bar) => [bar.getAttribute('data-month'), bar.textContent])).toEqual([
      ['2026-09', '75%'],
      ['2026-11', '88%'],
    ]);
  });

  it('counts ideas and votes on scales of their own, each bar with its figure', async () => {
    renderInsights();
    const areas = await screen.findByRole('region', { name: 'Ideas and votes per business area' });
    const items = (list: string) =>
      within(within(areas).getByRole('list', { name: list }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(items('Ideas per business area')).toEqual(['Finance7', 'No category5']);
    expect(items('Votes per business area')).toEqual(['Finance40', 'No category1,234']);
    const sourcing = screen.getByRole('region', { name: 'Core and non-core' });
    expect(
      within(within(sourcing).getByRole('list', { name: 'Ideas by sourcing' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Core4 · 33%', 'Non-core3 · 25%', 'Not classified yet5 · 42%']);
    const benefits = screen.getByRole('region', { name: 'Delivered benefits' });
    expect(within(benefits).getByRole('list', { name: 'Cost saved' }).textContent).toBe(
      'Expected€1,000Measured€1,500',
    );
  });

  it('keeps cycle and period in the URL and asks the API for them', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?page=insights&boardId=b1');
    renderInsights({ boardId: 'b1' });
    await screen.findByRole('region', { name: 'Headline figures' });
    expect(server.callsTo('GET', /^\/api\/cycles$/)[0]?.query.get('boardId')).toBe('b1');
    expect(insightsCalls()[0]?.query.get('boardId')).toBe('b1');

    await user.click(screen.getByRole('combobox', { name: 'Cycle' }));
    await user.click(await screen.findByRole('option', { name: 'FY26 H2 planning' }));
    await waitFor(() => expect(window.location.search).toBe('?page=insights&boardId=b1&cycle=c1'));
    await waitFor(() => expect(insightsCalls().at(-1)?.query.get('cycleId')).toBe('c1'));

    await user.click(screen.getByRole('combobox', { name: 'Submitted' }));
    await user.click(screen.getByRole('option', { name: 'Last 30 days' }));
    await waitFor(() => expect(window.location.search).toBe('?page=insights&boardId=b1&cycle=c1&period=30d'));
    await waitFor(() => expect(insightsCalls().at(-1)?.query.get('from')).toBeTruthy());
    const from = Date.parse(insightsCalls().at(-1)?.query.get('from') ?? '');
    expect(Math.abs(Date.now() - 30 * 86_400_000 - from)).toBeLessThan(60_000);
  });

  it('takes custom dates, and refuses a period that ends before it starts without asking the API', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?page=insights&period=custom&from=2026-03-10');
    renderInsights();
    await screen.findByRole('region', { name: 'Headline figures' });
    expect(insightsCalls()[0]?.query.get('from')).toBe(new Date(2026, 2, 10).toISOString());
    const asked = insightsCalls().length;
    await user.type(screen.getByLabelText('To'), '2026-03-01');
    expect(await screen.findByText('The period must end on or after the day it starts.')).toBeTruthy();
    expect(window.location.search).toBe('?page=insights&period=custom&from=2026-03-10&to=2026-03-01');
    expect(insightsCalls()).toHaveLength(asked);
  });

  it('invites a wider view when no ideas are in it', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?page=insights&period=30d');
    report = aReport({ ideas: 0 });
    renderInsights();
    expect(await screen.findByRole('heading', { name: 'No ideas in this view' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Headline figures' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show all time' }));
    await waitFor(() => expect(window.location.search).toBe('?page=insights'));
  });

  it('shows skeletons while loading, then says what went wrong and tries again', async () => {
    const user = userEvent.setup();
    refusal = { status: 503, headers: { 'retry-after': '3' }, body: { error: { code: 'unavailable' } } };
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const fetch = server.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes('/api/insights')) await held;
      return fetch(input, init);
    });
    renderInsights();
    expect(screen.getByLabelText('Loading the insights')).toBeTruthy();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    release();
    expect(
      await screen.findByText(
        "Couldn't load the insights. IdeaBar is busy right now. Try again in 3 seconds.",
      ),
    ).toBeTruthy();
    refusal = undefined;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Headline figures' })).toBeTruthy();
  });

  it('lets IT export the board’s ideas as a CSV file named after the board and the day', async () => {
    const user = userEvent.setup();
    server.when('GET', /^\/api\/export\/ideas\.csv$/, { status: 200, body: 'id,board,title' });
    const created = vi.fn((_file: Blob) => 'blob:ideas');
    const revoked = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked }));
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    renderInsights({ canExport: true, boardId: 'b1', board: aBoard('b1', 'Field service') });
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(server.callsTo('GET', /^\/api\/export\/ideas\.csv$/)[0]?.query.get('boardId')).toBe('b1');
    expect(await created.mock.calls[0]?.[0].text()).toContain('id,board,title');
    expect(clicked[0]?.download).toBe(exportFileName('Field service', 'b1', new Date()));
    expect(clicked[0]?.download).toMatch(/^ideabar-ideas-field-service-\d{4}-\d{2}-\d{2}\.csv$/);
    await waitFor(() => expect(revoked).toHaveBeenCalledWith('blob:ideas'));
  });

  it('says why an export failed, in the API’s own words', async () => {
    const user = userEvent.setup();
    server.when('GET', /^\/api\/export\/ideas\.csv$/, {
      status: 403,
      body: { error: { code: 'forbidden', message: 'Only IT members can export ideas.' } },
    });
    renderInsights({ canExport: true });
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(
      await screen.findByText("Couldn't export the ideas. Only IT members can export ideas."),
    ).toBeTruthy();
  });
});
