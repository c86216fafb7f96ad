// @vitest-environment jsdom
import '../support/jsdomSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MeetingPanel } from '../../../tab/src/meeting/MeetingPanel';
import { aCycle, anIdea, FakeIdeaBar } from '../support/fakeIdeaBar';
import { textOutsideCatalog } from '../support/pseudoLocale';
import { renderWithApi, standaloneHost } from '../support/renderWithApi';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

const EVERY_MS = 60;
let server: FakeIdeaBar;

beforeEach(() => {
  const cycle = aCycle('cycle-q1', 'Q1 planning', 'voting', {
    votingClosesAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    shortlistSize: 3,
  });
  server = new FakeIdeaBar([
    anIdea('Self-service VPN access', { cycleId: cycle.id, votes: 5 }),
    anIdea('Dark mode for the intranet', { cycleId: cycle.id, votes: 8 }),
    anIdea('Standing desks', { cycleId: cycle.id, votes: 2 }),
    anIdea('A second monitor for everyone', { cycleId: cycle.id, votes: 1 }),
    anIdea('Not in the cycle', { votes: 40 }),
  ]).install();
  server.cycles = [cycle];
});

afterEach(() => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
});

const ranked = () =>
  within(screen.getByRole('list', { name: /Shortlist of Q1 planning/ }))
    .getAllByRole('listitem')
    .map((row) => within(row).getByRole('link').textContent);

const resultsCalls = () => server.callsTo('GET', /^\/api\/cycles\/cycle-q1\/results$/).length;

function renderPanel(options: { locale?: string; every?: number } = {}) {
  const onReady = vi.fn();
  const view = renderWithApi(
    <MeetingPanel
      host={standaloneHost}
      boardId="default"
      onReady={onReady}
      refreshEveryMs={options.every ?? EVERY_MS}
    />,
    options.locale ? { locale: options.locale } : {},
  );
  return { ...view, onReady };
}

describe('the meeting side panel', () => {
  it('shows the board’s current cycle and its shortlist, most votes first, and tells Teams it is ready', async () => {
    const { onReady } = renderPanel({ every: 60_000 });
    expect(await screen.findByRole('heading', { name: 'Q1 planning' })).toBeTruthy();
    expect(screen.getByText('Voting')).toBeTruthy();
    expect(screen.getByText(/^Voting closes in 3 days/)).toBeTruthy();
    expect(screen.getByText(/4 ideas take part; the top 3 go to IT review\./)).toBeTruthy();
    expect(ranked()).toEqual(['Dark mode for the intranet', 'Self-service VPN access', 'Standing desks']);
    expect(screen.getByRole('button', { name: 'Vote for Dark mode for the intranet, 8 votes' })).toBeTruthy();
    // Each idea opens the board with that idea, in a new tab outside Teams.
    const link = screen.getByRole('link', { name: 'Self-service VPN access' });
    expect(new URL(link.getAttribute('href') ?? '').search).toBe(
      `?boardId=default&idea=${server.ideas[0]?.id ?? ''}`,
    );
    // Teams is told in an effect after the panel renders, so under load the text can show first.
    await waitFor(() => expect(onReady).toHaveBeenCalledExactlyOnceWith(undefined));
    expect(server.callsTo('GET', /^\/api\/cycles$/)[0]?.query.get('boardId')).toBe('default');
  });

  it('reorders live when other people vote, asking only for the cycle’s results each time', async () => {
    renderPanel();
    await screen.findByRole('heading', { name: 'Q1 planning' });
    // Someone else in the meeting votes Standing desks to the top.
    const desks = server.ideas.find((idea) => idea.title === 'Standing desks');
    if (desks) desks.votes = 12;
    await waitFor(() =>
      expect(ranked()).toEqual(['Standing desks', 'Dark mode for the intranet', 'Self-service VPN access']),
    );
    expect(screen.getByRole('button', { name: 'Vote for Standing desks, 12 votes' })).toBeTruthy();
    expect(resultsCalls()).toBeGreaterThan(1);
    // The cycle is found once; from then on one small request per refresh.
    expect(server.callsTo('GET', /^\/api\/cycles$/)).toHaveLength(1);
    expect(server.callsTo('GET', /^\/api\/ideas$/)).toHaveLength(0);
  });

  it('asks nothing while the meeting window is hidden, and at once when it shows again', async () => {
    renderPanel();
    await screen.findByRole('heading', { name: 'Q1 planning' });
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    // Let any request already on its way land, then count.
    await new Promise((resolve) => setTimeout(resolve, EVERY_MS * 2));
    const whileHidden = resultsCalls();
    await new Promise((resolve) => setTimeout(resolve, EVERY_MS * 5));
    expect(resultsCalls()).toBe(whileHidden);

    const monitor = server.ideas.find((idea) => idea.title === 'A second monitor for everyone');
    if (monitor) monitor.votes = 30;
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(ranked()[0]).toBe('A second monitor for everyone'));
  });

  it('counts the person’s own vote at once and ranks again', async () => {
    renderPanel({ every: 60_000 });
    await screen.findByRole('heading', { name: 'Q1 planning' });
    const vpn = screen.getByRole('button', { name: 'Vote for Self-service VPN access, 5 votes' });
    await userEvent.click(vpn);
    expect(screen.getByRole('button', { name: 'Vote for Self-service VPN access, 6 votes' })).toBeTruthy();
    const put = server.callsTo('PUT', /^\/api\/ideas\/[^/]+\/vote$/);
    expect(put).toHaveLength(1);
    // The vote is followed by a fresh ranking, without waiting for the next refresh.
    await waitFor(() => expect(resultsCalls()).toBe(2));
    expect(
      screen
        .getByRole('button', { name: 'Vote for Self-service VPN access, 6 votes' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('moves a refused vote back and says why', async () => {
    server.when('PUT', /^\/api\/ideas\/[^/]+\/vote$/, {
      status: 409,
      body: { error: { code: 'conflict', message: 'Voting on this cycle has closed.' } },
    });
    renderPanel({ every: 60_000 });
    await screen.findByRole('heading', { name: 'Q1 planning' });
    await userEvent.click(screen.getByRole('button', { name: 'Vote for Standing desks, 2 votes' }));
    expect(
      await screen.findByText("Couldn't record your vote. Voting on this cycle has closed."),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Vote for Standing desks, 2 votes' })).toBeTruthy();
    // The refusal is not counted as a vote: nothing asks for a new ranking.
    expect(resultsCalls()).toBe(1);
  });

  /** A German reader votes for Standing desks and the API answers `reply`: the warning the panel shows. */
  async function germanRefusal(reply: Parameters<FakeIdeaBar['when']>[2]): Promise<string | null> {
    const PUT_VOTE = /^\/api\/ideas\/[^/]+\/vote$/;
    server.when('PUT', PUT_VOTE, reply);
    renderPanel({ locale: 'de-DE', every: 60_000 });
    const desks = { name: /^Für Standing desks stimmen, 2 Stimmen/ };
    await userEvent.click(await screen.findByRole('button', desks));
    const warning = await screen.findByText(/^Ihre Stimme konnte nicht gezählt werden\./);
    // Moved back: the refused vote is not counted.
    expect(screen.getByRole('button', desks).getAttribute('aria-pressed')).toBe('false');
    return warning.textContent;
  }

  it('tells a German reader in German why a vote was refused, as the board does', async () => {
    const said = await germanRefusal({
      status: 409,
      body: {
        error: {
          code: 'conflict',
          message: 'This idea is delivered, so it takes no more votes.',
          reason: 'votes_closed_delivered',
          votesClosed: { status: 'delivered' },
        },
      },
    });
    expect(said).toBe(
      'Ihre Stimme konnte nicht gezählt werden. Diese Idee ist umgesetzt und nimmt keine Stimmen mehr an.',
    );
  });

  it('says a vote that got no answer in the reader’s language, with what to do', async () => {
    expect(await germanRefusal('network')).toBe(
      'Ihre Stimme konnte nicht gezählt werden. IdeaBar ist nicht erreichbar. Prüfen Sie Ihre Verbindung, und versuchen Sie es noch einmal.',
    );
  });

  it('says when the board has no cycle taking ideas or votes', async () => {
    server.cycles = [aCycle('old', 'Last year', 'closed')];
    const { onReady } = renderPanel({ every: 60_000 });
    expect(
      await screen.findByText('No planning cycle is taking ideas or votes on this board right now.'),
    ).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    // Teams is told from an effect, which runs after the text is painted.
    await waitFor(() => expect(onReady).toHaveBeenCalledExactlyOnceWith(undefined));
  });

  it('says when the shortlist cannot be loaded, tells Teams, and tries again on request', async () => {
    let down = true;
    server.when('GET', /^\/api\/cycles$/, () =>
      down ? 'network' : { status: 200, body: { items: server.cycles } },
    );
    const { onReady } = renderPanel({ every: 60_000 });
    expect(
      await screen.findByText('Couldn’t load the shortlist. Check your connection and try again.'),
    ).toBeTruthy();
    await waitFor(() =>
      expect(onReady).toHaveBeenCalledExactlyOnceWith(
        'Couldn’t load the shortlist. Check your connection and try again.',
      ),
    );
    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Q1 planning' })).toBeTruthy();
  });

  it('keeps the last ranking when a refresh fails, and says so', async () => {
    renderPanel();
    await screen.findByRole('heading', { name: 'Q1 planning' });
    server.when('GET', /^\/api\/cycles\/cycle-q1\/results$/, 'network');
    expect(await screen.findByText(/Couldn’t refresh the shortlist/)).toBeTruthy();
    expect(ranked()).toEqual(['Dark mode for the intranet', 'Self-service VPN access', 'Standing desks']);
  });

  it('has every text from the catalog', async () => {
    const { container } = renderPanel({ locale: 'qps-ploc', every: 60_000 });
    await screen.findByRole('list');
    expect(
      textOutsideCatalog(container, { data: [...server.ideas.map((idea) => idea.title), 'Q1 planning'] }),
    ).toEqual([]);
  });

  it('reads right to left in Arabic', async () => {
    renderPanel({ locale: 'ar', every: 60_000 });
    expect(await screen.findByRole('heading', { name: 'القائمة المختصرة للتخطيط' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: /^صوّت لـ Dark mode for the intranet/ })).toBeTruthy();
  });
});
