// @vitest-environment jsdom
import '../support/jsdomSetup';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pages } from '@microsoft/teams-js';
import { ConfigPage } from '../../../tab/src/settings/ConfigPage';
import type { HostContext } from '../../../tab/src/teams/hostContext';
import { connectToHost } from '../../../tab/src/teams/teamsHost';
import { aBoard, FakeIdeaBar } from '../support/fakeIdeaBar';
import { renderWithApi } from '../support/renderWithApi';

vi.mock('@microsoft/teams-js', () => ({
  app: {
    initialize: vi.fn(async () => undefined),
    getContext: vi.fn(async () => ({
      app: { locale: 'en-GB', theme: 'default', host: { name: 'Teams' }, sessionId: 's' },
      page: { id: '', frameContext: 'settings' },
      user: { id: 'oid-1', displayName: 'Megan Bowen', tenant: { id: 'tid-1' } },
      team: { internalId: '19:finance@thread.tacv2', groupId: 'group-guid', displayName: 'Finance' },
    })),
  },
  authentication: {},
  pages: {
    config: {
      registerOnSaveHandler: vi.fn(),
      setValidityState: vi.fn(),
      setConfig: vi.fn(async () => undefined),
    },
  },
}));

const TEAM = '19:finance@thread.tacv2';
let server: FakeIdeaBar;
let host: HostContext;

beforeEach(async () => {
  vi.clearAllMocks();
  server = new FakeIdeaBar().install();
  // The configuration page runs in Teams' frame; connecting gives the page Teams' Save button.
  Object.defineProperty(window, 'parent', { configurable: true, value: {} });
  host = await connectToHost(50);
});

/** Presses Teams' Save button, as Teams does: through the handler the page registered. */
async function save() {
  const handler = vi.mocked(pages.config.registerOnSaveHandler).mock.calls.at(-1)?.[0];
  const event = { notifySuccess: vi.fn(), notifyFailure: vi.fn() };
  handler?.(event as never);
  await waitFor(() =>
    expect(event.notifySuccess.mock.calls.length + event.notifyFailure.mock.calls.length).toBe(1),
  );
  return event;
}

describe('the configuration page of a team tab', () => {
  it('reads the team from the Teams context', () => {
    expect(host).toMatchObject({
      inTeams: true,
      teamId: TEAM,
      teamName: 'Finance',
      frameContext: 'settings',
    });
  });

  it('creates the team’s own board with the team’s name, chooses it, and saves a tab that opens it', async () => {
    renderWithApi(<ConfigPage host={host} />);
    expect(screen.getByRole('progressbar')).toBeTruthy();
    const teamBoard = await screen.findByRole('radio', { name: 'Finance (this team’s board)' });
    expect((teamBoard as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('radio', { name: 'Ideas for IT (whole organisation)' })).toBeTruthy();
    expect(server.callsTo('POST', /^\/api\/boards$/).map((call) => call.body)).toEqual([
      { teamId: TEAM, name: 'Finance' },
    ]);
    expect(server.boards.map((board) => board.id)).toEqual(['default', TEAM]);
    // The choice reaches Teams in an effect after the render that shows it.
    await waitFor(() => expect(pages.config.setValidityState).toHaveBeenLastCalledWith(true));

    const event = await save();
    expect(event.notifySuccess).toHaveBeenCalledOnce();
    expect(pages.config.setConfig).toHaveBeenCalledWith({
      contentUrl: `${window.location.origin}/?boardId=${encodeURIComponent(TEAM)}`,
      websiteUrl: `${window.location.origin}/?boardId=${encodeURIComponent(TEAM)}`,
      entityId: `board-${TEAM}`,
      suggestedDisplayName: 'Finance',
    });
  });

  it('opens the board the team already has, as it is, rather than making another', async () => {
    server.boards.push(aBoard(TEAM, 'Finance ideas', { teamId: TEAM }));
    renderWithApi(<ConfigPage host={host} />);
    const teamBoard = await screen.findByRole('radio', { name: 'Finance ideas (this team’s board)' });
    expect((teamBoard as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    expect(server.boards).toHaveLength(2);
  });

  it('lets the team pick the whole organisation’s board instead', async () => {
    renderWithApi(<ConfigPage host={host} />);
    await screen.findByRole('radio', { name: 'Finance (this team’s board)' });
    await userEvent.click(screen.getByRole('radio', { name: 'Ideas for IT (whole organisation)' }));
    await save();
    expect(pages.config.setConfig).toHaveBeenCalledWith(
      expect.objectContaining({ contentUrl: `${window.location.origin}/?boardId=default` }),
    );
  });

  it('says what went wrong when the team’s board cannot be opened, and still offers the others', async () => {
    server.when('POST', /^\/api\/boards$/, {
      status: 503,
      headers: { 'retry-after': '9' },
      body: { error: { code: 'unavailable', message: 'Table storage timed out (ETIMEDOUT)' } },
    });
    renderWithApi(<ConfigPage host={host} />);
    expect(
      await screen.findByText(
        "Couldn't open this team's board. IdeaBar is busy right now. Try again in 9 seconds.",
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/ETIMEDOUT/)).toBeNull();
    const whole = screen.getByRole('radio', { name: 'Ideas for IT (whole organisation)' });
    expect((whole as HTMLInputElement).checked).toBe(true);
  });

  it.each([
    ['a group chat', { chatId: '19:abc@thread.v2' }, 'Add IdeaBar to this chat'],
    ['a meeting', { chatId: '19:meeting_xyz@thread.v2', meetingId: 'MCMx' }, 'Add IdeaBar to this meeting'],
  ])(
    'in %s, which has no team, offers the tenant’s boards and chooses the whole organisation’s',
    async (_, ids, heading) => {
      server.boards.push(aBoard(TEAM, 'Finance ideas', { teamId: TEAM }));
      const chat: HostContext = { ...host, teamId: undefined, teamName: undefined, ...ids };
      renderWithApi(<ConfigPage host={chat} />);
      expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
      const whole = await screen.findByRole('radio', { name: 'Ideas for IT (whole organisation)' });
      expect((whole as HTMLInputElement).checked).toBe(true);
      expect(screen.getByRole('radio', { name: 'Finance ideas' })).toBeTruthy();
      // No board is made for a chat: only a team has one of its own.
      expect(server.callsTo('POST', /^\/api\/boards$/)).toHaveLength(0);
      await waitFor(() => expect(pages.config.setValidityState).toHaveBeenLastCalledWith(true));
      await save();
      expect(pages.config.setConfig).toHaveBeenCalledWith(
        expect.objectContaining({
          contentUrl: `${window.location.origin}/?boardId=default`,
          entityId: 'board-default',
        }),
      );
    },
  );
});
