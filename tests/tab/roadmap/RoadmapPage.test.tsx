// @vitest-environment jsdom
import '../support/jsdomSetup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IdeaView, RoadmapLane } from '@ideabar/core';
import { RoadmapPage } from '../../../tab/src/roadmap/RoadmapPage';
import { aCycle, anIdea, FakeIdeaBar } from '../support/fakeIdeaBar';
import { renderWithApi } from '../support/renderWithApi';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

const vpn = anIdea('Self-service VPN access', {
  status: 'planned',
  votes: 12,
  category: 'Remote work',
  itPartner: { id: 'alex', name: 'Alex Wilber' },
});
const laptops = anIdea('Faster laptops', { status: 'in_progress', votes: 1, category: null });
const printers = anIdea('Printers that just work', { status: 'delivered', votes: 7 });
const wifi = anIdea('Guest Wi-Fi', { status: 'planned', votes: 2 });

let server: FakeIdeaBar;
let lanes: RoadmapLane[];
let failing: boolean;
beforeEach(() => {
  failing = false;
  lanes = [
    { cycle: aCycle('c2', 'FY27 Q1 planning', 'voting'), planned: [], inProgress: [], delivered: [] },
    {
      cycle: aCycle('c1', 'FY26 H2 planning', 'closed'),
      planned: [vpn],
      inProgress: [laptops],
      delivered: [printers],
    },
    { cycle: null, planned: [wifi], inProgress: [], delivered: [] },
  ];
  server = new FakeIdeaBar().install();
  server.when('GET', /^\/api\/roadmap$/, () =>
    failing
      ? { status: 500, body: { error: { code: 'internal', message: 'TypeError: lanes' } } }
      : { status: 200, body: { lanes } },
  );
});

const onOpenIdea = vi.fn();
const renderRoadmap = (boardId?: string) =>
  renderWithApi(
    <RoadmapPage
      locale="en-US"
      {...(boardId ? { boardId } : {})}
      ideaHref={(idea: IdeaView) => `?idea=${idea.id}`}
      onOpenIdea={onOpenIdea}
    />,
  );

describe('the roadmap', () => {
  it('shows a lane per cycle, latest first and ideas in no cycle last, each by stage', async () => {
    renderRoadmap('b1');
    await screen.findByRole('heading', { name: 'FY27 Q1 planning' });
    expect(server.callsTo('GET', /^\/api\/roadmap$/)[0]?.query.get('boardId')).toBe('b1');
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'FY27 Q1 planning',
      'FY26 H2 planning',
      'Not in a cycle',
    ]);
    const latest = screen.getByRole('region', { name: 'FY27 Q1 planning' });
    expect(within(latest).getByText('Voting')).toBeTruthy();
    expect(within(latest).getByText('Nothing from this cycle is planned yet.')).toBeTruthy();

    const closed = screen.getByRole('region', { name: 'FY26 H2 planning' });
    const column = (name: RegExp) => within(closed).getByRole('region', { name });
    const planned = column(/^Planned/);
    expect(within(planned).getByRole('heading', { level: 4 }).textContent).toBe('Planned 1');
    expect(within(planned).getByRole('link', { name: 'Self-service VPN access' })).toBeTruthy();
    const card = within(planned).getByRole('listitem');
    expect(within(card).getByText('12 votes')).toBeTruthy();
    expect(within(card).getByText('Remote work')).toBeTruthy();
    expect(within(card).getByText('IT partner: Alex Wilber')).toBeTruthy();
    expect(within(column(/^In progress/)).getByText('1 vote')).toBeTruthy();
    expect(within(column(/^Delivered/)).getByRole('link', { name: 'Printers that just work' })).toBeTruthy();

    const outside = screen.getByRole('region', { name: 'Not in a cycle' });
    expect(within(outside).getByRole('link', { name: 'Guest Wi-Fi' })).toBeTruthy();
    expect(within(outside).getByText('Nothing in progress')).toBeTruthy();
    expect(within(outside).getByText('Nothing delivered yet')).toBeTruthy();
  });

  it('opens an idea from its card, as a link that also works in a new tab', async () => {
    renderRoadmap();
    const link = await screen.findByRole('link', { name: 'Self-service VPN access' });
    expect(link.getAttribute('href')).toBe(`?idea=${vpn.id}`);
    await userEvent.click(link);
    expect(onOpenIdea).toHaveBeenCalledWith(vpn);
  });

  it('says when nothing is on the roadmap yet', async () => {
    lanes = [];
    renderRoadmap();
    expect(await screen.findByRole('heading', { name: 'Nothing on the roadmap yet' })).toBeTruthy();
  });

  it('says what went wrong, and tries again', async () => {
    failing = true;
    renderRoadmap();
    expect(screen.getByLabelText('Loading the roadmap')).toBeTruthy();
    expect(
      await screen.findByText(
        "Couldn't load the roadmap. Something went wrong on our side. Try again in a moment.",
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/TypeError/)).toBeNull();
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'FY26 H2 planning' })).toBeTruthy();
  });

  it('offers votes on the leading ideas of a cycle open for votes, marking its shortlist', async () => {
    const cycle = aCycle('c2', 'FY27 Q1 planning', 'voting', {
      votingClosesAt: new Date(Date.now() + 3 * 86_400_000 + 3_600_000).toISOString(),
      shortlistSize: 1,
    });
    lanes[0] = { cycle, planned: [], inProgress: [], delivered: [] };
    server.cycles = [cycle];
    server.ideas = [
      anIdea('Quote builder with lead times', { votes: 9, cycleId: 'c2', status: 'under_review' }),
      anIdea('Approvals in one list', { votes: 4, cycleId: 'c2' }),
      anIdea('Declined before', { votes: 20, cycleId: 'c2', status: 'declined' }),
      anIdea('In another cycle', { votes: 30, cycleId: 'c1' }),
    ];
    renderRoadmap();
    const votes = await screen.findByRole('region', { name: 'Up for your vote' });
    expect(votes.textContent).toContain('Voting closes in 3 days (');
    expect(votes.textContent).toContain('the top 1 go to IT review');
    const leading = await within(votes).findByRole('list', { name: 'Leading ideas of FY27 Q1 planning' });
    const [first, second] = within(leading).getAllByRole('listitem');
    expect(within(leading).getAllByRole('listitem')).toHaveLength(2);
    expect(within(first!).getByText('Shortlist')).toBeTruthy();
    expect(within(second!).queryByText('Shortlist')).toBeNull();
    expect(server.callsTo('GET', /^\/api\/ideas$/)[0]?.query.get('status')).toBe('open');

    // The board's optimistic vote, and its refusals in the API's own words.
    await userEvent.click(
      within(second!).getByRole('button', { name: 'Vote for Approvals in one list, 4 votes' }),
    );
    await within(second!).findByRole('button', {
      name: 'Vote for Approvals in one list, 5 votes',
      pressed: true,
    });
    expect(server.callsTo('PUT', /\/vote$/)).toHaveLength(1);
    server.when('PUT', /\/vote$/, {
      status: 409,
      body: { error: { code: 'conflict', message: 'Voting on this idea closed when it was delivered.' } },
    });
    await userEvent.click(
      within(first!).getByRole('button', { name: 'Vote for Quote builder with lead times, 9 votes' }),
    );
    expect(
      await screen.findByText("Couldn't record your vote. Voting on this idea closed when it was delivered."),
    ).toBeTruthy();
    expect(
      within(first!).getByRole('button', { name: 'Vote for Quote builder with lead times, 9 votes' }),
    ).toBeTruthy();
    const board = within(votes).getByRole('link', { name: 'FY27 Q1 planning on the board' });
    expect(board.getAttribute('href')).toBe('/?boardId=default&status=all&cycle=c2');
  });
});
