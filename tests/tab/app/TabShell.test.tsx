// @vitest-environment jsdom
import '../support/jsdomSetup';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TabShell } from '../../../tab/src/app/TabShell';
import { aBoard, anIdea, FakeIdeaBar, SIGNED_IN } from '../support/fakeIdeaBar';
import { renderWithApi, standaloneHost } from '../support/renderWithApi';
import { FakeSettings } from '../settings/fakeSettings';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

const EMPTY_REPORT = {
  boardId: null,
  cycleId: null,
  period: { from: null, to: null },
  ideas: 0,
  responseTime: { medianBusinessDays: null, p90BusinessDays: null, answered: 0, waiting: 0 },
  sla: { businessDays: 5, withinShare: null, within: 0, late: 0, overdueWaiting: 0 },
  decisionMix: { enabled: 0, notYet: 0, declined: 0 },
  declines: { total: 0, restingOnRule: 0, restingOnRuleWithPathToYes: 0 },
  sourcing: {
    core: 0,
    nonCore: 0,
    unclassified: 0,
    recommendations: { build: 0, keep_in_house: 0, buy: 0, outsource: 0 },
  },
  byArea: [],
  funnel: { submitted: 0, shortlisted: 0, planned: 0, delivered: 0 },
  benefits: {
    hours_saved_per_month: { expected: 0, measured: 0, ideas: 0 },
    cost_saved: { expected: 0, measured: 0, ideas: 0 },
    uptime_percent: { expected: 0, measured: 0, ideas: 0 },
    other: { expected: 0, measured: 0, ideas: 0 },
  },
};

let server: FakeIdeaBar;
beforeEach(() => {
  onReady.mockClear();
  server = new FakeIdeaBar([anIdea('Self-service VPN access', { status: 'planned' })]).install();
  server.when('GET', /^\/api\/insights$/, { status: 200, body: EMPTY_REPORT });
  server.when('GET', /^\/api\/cycles$/, { status: 200, body: { items: [] } });
  server.when('GET', /^\/api\/roadmap$/, { status: 200, body: { lanes: [] } });
});

const asItMember = () =>
  server.when('GET', /^\/api\/me$/, {
    status: 200,
    body: {
      tenantId: SIGNED_IN.tenantId,
      userId: SIGNED_IN.userId,
      name: SIGNED_IN.name,
      roles: ['employee', 'it'],
    },
  });

const onReady = vi.fn();
const renderShell = () =>
  renderWithApi(
    <TabShell host={standaloneHost} theme="default" onReady={onReady} onThemeChange={() => undefined} />,
  );
const pages = () => screen.getByRole('tablist', { name: 'IdeaBar pages' });

describe('the tab’s pages', () => {
  it('offers Board, Roadmap and Insights to everyone, with the board first and New idea in the header', async () => {
    renderShell();
    await screen.findByRole('feed', { name: 'Ideas' });
    await waitFor(() => expect(server.callsTo('GET', /^\/api\/me$/)).toHaveLength(1));
    expect(
      within(pages())
        .getAllByRole('tab')
        .map((tab) => tab.id),
    ).toEqual(['ideabar-page-board', 'ideabar-page-roadmap', 'ideabar-page-insights']);
    expect(within(pages()).getByRole('tab', { name: 'Board' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Board' })).toBeTruthy();
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'New idea' })).toBeTruthy();
    // Asking for /api/me is not the same as having its answer on screen: wait for the answer.
    expect(await screen.findByText('Signed in as Megan Bowen')).toBeTruthy();
    // The board tells Teams it is ready from an effect, which can run just after its rows paint.
    await waitFor(() => expect(onReady).toHaveBeenCalledOnce());
  });

  it('shows Settings to IT members only', async () => {
    asItMember();
    renderShell();
    await screen.findByRole('feed');
    const settings = await within(pages()).findByRole('tab', { name: 'Settings' });
    expect(within(screen.getByRole('banner')).getByText('IT')).toBeTruthy();
    await userEvent.click(settings);
    expect(window.location.search).toBe('?page=settings');
    expect(await screen.findByRole('tabpanel', { name: 'Settings' })).toBeTruthy();
  });

  it('tells someone outside IT who follows a settings link that it is not for them', async () => {
    window.history.replaceState(null, '', '/?page=settings');
    renderShell();
    expect(await screen.findByText('Only IT members can change IdeaBar’s settings.')).toBeTruthy();
    expect(within(pages()).queryByRole('tab', { name: 'Settings' })).toBeNull();
  });

  it('keeps the page in the URL, and Back and Forward move between pages', async () => {
    const user = userEvent.setup();
    renderShell();
    await screen.findByRole('feed');
    await user.click(within(pages()).getByRole('tab', { name: 'Insights' }));
    expect(window.location.search).toBe('?page=insights');
    expect(await screen.findByRole('heading', { name: 'Insights' })).toBeTruthy();
    expect(screen.getByRole('tabpanel', { name: 'Insights' })).toBeTruthy();
    expect(screen.queryByRole('feed')).toBeNull();
    // The board's own button belongs to the board.
    expect(screen.queryByRole('button', { name: 'New idea' })).toBeNull();

    await user.click(within(pages()).getByRole('tab', { name: 'Roadmap' }));
    expect(window.location.search).toBe('?page=roadmap');
    expect(await screen.findByRole('heading', { name: 'Roadmap' })).toBeTruthy();

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(await screen.findByRole('heading', { name: 'Insights' })).toBeTruthy();
    expect(within(pages()).getByRole('tab', { name: 'Insights' }).getAttribute('aria-selected')).toBe('true');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(await screen.findByRole('feed')).toBeTruthy();
    await act(async () => {
      window.history.forward();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(await screen.findByRole('heading', { name: 'Insights' })).toBeTruthy();
    expect(onReady).toHaveBeenCalledOnce();
  });

  it('opens the page a link names, and tells the host it is ready once that page shows', async () => {
    window.history.replaceState(null, '', '/?page=roadmap');
    renderShell();
    expect(await screen.findByRole('heading', { name: 'Nothing on the roadmap yet' })).toBeTruthy();
    expect(within(pages()).getByRole('tab', { name: 'Roadmap' }).getAttribute('aria-selected')).toBe('true');
    expect(server.callsTo('GET', /^\/api\/ideas$/)).toHaveLength(0);
    await waitFor(() => expect(onReady).toHaveBeenCalledWith(undefined));
  });

  it('offers every board at once on Insights and the roadmap, and one board at a time on the board', async () => {
    const user = userEvent.setup();
    server.boards.push(aBoard('finance', 'Finance ideas'));
    window.history.replaceState(null, '', '/?page=insights');
    renderShell();
    const picker = await screen.findByRole('combobox', { name: 'Board' });
    expect(picker.textContent).toContain('All boards');
    await user.click(picker);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'All boards',
      'Ideas for IT',
      'Finance ideas',
    ]);
    await user.click(screen.getByRole('option', { name: 'Finance ideas' }));
    expect(window.location.search).toBe('?page=insights&boardId=finance');
    await waitFor(() =>
      expect(
        server
          .callsTo('GET', /^\/api\/insights$/)
          .at(-1)
          ?.query.get('boardId'),
      ).toBe('finance'),
    );

    await user.click(within(pages()).getByRole('tab', { name: 'Board' }));
    expect(window.location.search).toBe('?boardId=finance');
    await user.click(screen.getByRole('combobox', { name: 'Board' }));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Ideas for IT',
      'Finance ideas',
    ]);
    // The board page keeps its links short: the default board is no board at all.
    await user.click(screen.getByRole('option', { name: 'Ideas for IT' }));
    expect(window.location.search).toBe('');
  });

  it('shows a board renamed in the settings by its new name in the header at once', async () => {
    const user = userEvent.setup();
    const fake = new FakeSettings().install();
    fake.server.when('GET', /^\/api\/me$/, {
      status: 200,
      body: {
        tenantId: SIGNED_IN.tenantId,
        userId: SIGNED_IN.userId,
        name: SIGNED_IN.name,
        roles: ['employee', 'it'],
      },
    });
    window.history.replaceState(null, '', '/?page=settings');
    renderShell();
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('Ideas for IT')).toBeTruthy();
    const board = await screen.findByRole('region', { name: 'Board' });
    const name = within(board).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Ideas for Finance');
    await user.click(within(board).getByRole('button', { name: 'Save board' }));
    expect(await within(banner).findByText('Ideas for Finance')).toBeTruthy();
    expect(within(banner).queryByText('Ideas for IT')).toBeNull();
  });
});
