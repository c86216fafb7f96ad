// @vitest-environment jsdom
import '../support/jsdomSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PSEUDO_LOCALE, type IdeaView, type RoadmapLane } from '@ideabar/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BoardPage } from '../../../tab/src/board/BoardPage';
import { ConfigPage } from '../../../tab/src/settings/ConfigPage';
import { IdeaDetail } from '../../../tab/src/idea/IdeaDetail';
import { RoadmapPage } from '../../../tab/src/roadmap/RoadmapPage';
import { IdeaStore } from '../../../tab/src/shared/ideaStore';
import { NARROW_SCREEN } from '../../../tab/src/board/useBoardFilters';
import { aBoard, aCycle, anIdea, FakeIdeaBar, SIGNED_IN } from '../support/fakeIdeaBar';
import { renderWithApi, standaloneHost } from '../support/renderWithApi';
import { textOutsideCatalog } from '../support/pseudoLocale';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

const inPseudoLocale = { locale: PSEUDO_LOCALE };
const DAY = 86_400_000;

/** What the API sent, shown as it is: titles, descriptions, names, categories and tags. */
function dataOf(ideas: IdeaView[], more: string[] = []): string[] {
  return [
    ...ideas.flatMap((idea) => [
      idea.title,
      idea.description,
      idea.author.name,
      idea.category ?? '',
      ...idea.tags,
      idea.itPartner?.name ?? '',
      idea.sponsor?.name ?? '',
    ]),
    SIGNED_IN.name,
    ...more,
  ].filter(Boolean);
}

const cycle = aCycle('q1', 'FY27 Q1 planning', 'voting', {
  votingClosesAt: new Date(Date.now() + 8 * DAY).toISOString(),
  shortlistSize: 2,
});
let ideas: IdeaView[];
let server: FakeIdeaBar;

beforeEach(() => {
  ideas = [
    anIdea('Self-service VPN access', {
      votes: 12,
      myVote: true,
      category: 'Remote work',
      tags: ['vpn', 'access'],
      commentCount: 1,
      itPartner: { id: 'p1', name: 'Diego Siciliani' },
      sponsor: { id: 's1', name: 'Patti Fernandez' },
      cycleId: 'q1',
    }),
    anIdea('Printers that just work', { status: 'delivered', votes: 7, commentCount: 2 }),
    anIdea('Faster laptops again', { status: 'duplicate', duplicateOf: 'idea-x', votes: 1 }),
  ];
  server = new FakeIdeaBar(ideas).install();
  server.cycles = [cycle];
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('in the pseudo-locale, every text of the board side comes from the catalog', () => {
  it('the board: its filters, the cycle banner, the rows with votes, counts, ages and names', async () => {
    window.history.replaceState(null, '', '/?status=all&tag=vpn&cycle=q1');
    renderWithApi(<BoardPage host={standaloneHost} onReady={() => undefined} />, inPseudoLocale);
    const feed = await screen.findByRole('feed');
    await waitFor(() => expect(within(feed).getAllByRole('article').length).toBeGreaterThan(0));
    await screen.findByRole('region', { name: cycle.name });
    const page = document.body;
    expect(page.textContent).toContain('⟦');
    expect(textOutsideCatalog(page, { data: dataOf(ideas, [cycle.name, '#vpn']) })).toEqual([]);
  });

  it('the board when the ideas cannot be loaded, and when none match', async () => {
    server.when('GET', /^\/api\/ideas$/, { status: 503, headers: { 'retry-after': '5' }, body: {} });
    const { unmount } = renderWithApi(
      <BoardPage host={standaloneHost} onReady={() => undefined} />,
      inPseudoLocale,
    );
    await screen.findByRole('button', { name: /Ţŕý àĝàîñ/ });
    expect(textOutsideCatalog(document.body, { data: dataOf([], [cycle.name]) })).toEqual([]);
    unmount();

    server = new FakeIdeaBar([]).install();
    window.history.replaceState(null, '', '/?q=nothing');
    renderWithApi(<BoardPage host={standaloneHost} onReady={() => undefined} />, inPseudoLocale);
    await screen.findByRole('heading', { level: 2 });
    expect(textOutsideCatalog(document.body, { data: dataOf([], ['nothing']) })).toEqual([]);
  });

  it('the board on a phone, its filters folded behind one button', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({
          matches: query === NARROW_SCREEN,
          media: query,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        }) as unknown as MediaQueryList,
    );
    window.history.replaceState(null, '', '/?status=all&tag=vpn');
    renderWithApi(<BoardPage host={standaloneHost} onReady={() => undefined} />, inPseudoLocale);
    await screen.findByRole('feed');
    await screen.findByRole('feed');
    // The sheet itself (jsdom does not open Fluent's drawer) is held in Arabic by the browser test.
    await screen.findByRole('button', { name: /Ƒîļţéŕš/ });
    expect(textOutsideCatalog(document.body, { data: dataOf(ideas, [cycle.name, '#vpn']) })).toEqual([]);
  });

  it('an open idea: its history with a decline, its comments, sharing, and the author’s appeal', async () => {
    const [idea] = ideas as [IdeaView];
    Object.assign(idea, {
      status: 'declined',
      author: { id: SIGNED_IN.userId, name: SIGNED_IN.name },
      decline: null,
    });
    server.history.set(idea.id, [
      {
        id: 'h1',
        ideaId: idea.id,
        kind: 'submitted',
        from: null,
        to: 'new',
        by: { id: SIGNED_IN.userId, name: SIGNED_IN.name },
        at: idea.createdAt,
        response: null,
        decline: null,
      },
      {
        id: 'h2',
        ideaId: idea.id,
        kind: 'triage',
        from: 'new',
        to: 'declined',
        by: { id: 'it', name: 'Lee Gu' },
        at: idea.createdAt,
        response: 'Not this year.',
        decline: { constraint: 'security', rule: 'No split tunnels.', pathToYes: 'A managed client.' },
      },
    ] as never);
    server.comments.set(idea.id, [
      {
        id: 'c1',
        ideaId: idea.id,
        author: { id: 'x', name: 'Alex Wilber' },
        text: 'Yes please.',
        createdAt: idea.createdAt,
      },
    ]);
    const store = new IdeaStore();
    store.put([idea]);
    renderWithApi(
      <IdeaDetail
        ideaId={idea.id}
        store={store}
        host={standaloneHost}
        onClose={() => undefined}
        onVote={() => undefined}
        onNotice={() => undefined}
      />,
      inPseudoLocale,
    );
    const drawer = await screen.findByRole('dialog');
    await within(drawer).findByText('Yes please.');
    await within(drawer).findByText((text) => text.includes('No split tunnels.'));
    // The author's appeal, opened and refused for being too short, before the API is asked.
    const appeal = within(drawer)
      .getAllByRole('button')
      .find((button) => /Àþþéàļ/.test(button.textContent ?? ''));
    await userEvent.click(appeal as HTMLElement);
    const form = await within(drawer).findByRole('form');
    await userEvent.click(within(form).getAllByRole('button')[0] as HTMLElement);
    await waitFor(() => expect(form.querySelector('[aria-invalid="true"]')).not.toBeNull());
    const data = dataOf(
      [idea],
      ['Lee Gu', 'Alex Wilber', 'Yes please.', 'Not this year.', 'No split tunnels.', 'A managed client.'],
    );
    expect(textOutsideCatalog(drawer, { data })).toEqual([]);
  });

  it('the roadmap, with a cycle up for votes and its lanes by stage', async () => {
    const [vpn, printers] = ideas as [IdeaView, IdeaView];
    const lanes: RoadmapLane[] = [
      { cycle, planned: [], inProgress: [], delivered: [] },
      {
        cycle: aCycle('c0', 'FY26 H2 planning', 'closed'),
        planned: [{ ...vpn, status: 'planned' }],
        inProgress: [],
        delivered: [printers],
      },
      { cycle: null, planned: [], inProgress: [], delivered: [] },
    ];
    server.when('GET', /^\/api\/roadmap$/, { status: 200, body: { lanes } });
    renderWithApi(
      <RoadmapPage locale="en-US" ideaHref={(idea) => `?idea=${idea.id}`} onOpenIdea={() => undefined} />,
      inPseudoLocale,
    );
    await screen.findByRole('heading', { name: 'FY26 H2 planning' });
    await screen.findByRole('list', { name: new RegExp(cycle.name) });
    expect(
      textOutsideCatalog(document.body, { data: dataOf(ideas, [cycle.name, 'FY26 H2 planning']) }),
    ).toEqual([]);
  });

  it('the team tab’s set-up, and what it says when the team’s board cannot be opened', async () => {
    server.boards.push(aBoard('team-1', 'Field service', { teamId: 'team-1' }));
    server.when('POST', /^\/api\/boards$/, {
      status: 503,
      headers: { 'retry-after': '9' },
      body: { error: { code: 'unavailable', message: 'busy' } },
    });
    renderWithApi(
      <ConfigPage host={{ ...standaloneHost, inTeams: true, teamId: 'team-1', teamName: 'Field team' }} />,
      inPseudoLocale,
    );
    await screen.findAllByRole('radio');
    await screen.findByText((text) => text.includes('9'));
    expect(
      textOutsideCatalog(document.body, { data: ['Ideas for IT', 'Field service', 'Field team'] }),
    ).toEqual([]);
  });
});
