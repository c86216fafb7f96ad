// @vitest-environment jsdom
import '../support/jsdomSetup';
import { act, screen, waitFor, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app as teamsApp, authentication } from '@microsoft/teams-js';
import * as core from '@ideabar/core';
import { loadedTranslator } from '@ideabar/core';
import { App } from '../../../tab/src/app/App';
import { connectToHost } from '../../../tab/src/teams/teamsHost';
import { anIdea, FakeIdeaBar } from '../support/fakeIdeaBar';

const teams = vi.hoisted(() => ({ themeHandler: undefined as ((theme: string) => void) | undefined }));

vi.mock('@microsoft/teams-js', () => ({
  app: {
    initialize: vi.fn(async () => undefined),
    getContext: vi.fn(),
    notifySuccess: vi.fn(),
    notifyFailure: vi.fn(),
    FailedReason: { Other: 'Other' },
    registerOnThemeChangeHandler: vi.fn((handler: (theme: string) => void) => (teams.themeHandler = handler)),
  },
  authentication: { getAuthToken: vi.fn(async () => 'teams-sso-token') },
  pages: { config: { registerOnSaveHandler: vi.fn(), setValidityState: vi.fn(), setConfig: vi.fn() } },
}));

const teamsContext = (subPageId = '') => ({
  app: { locale: 'en-GB', theme: 'dark', host: { name: 'Teams' }, sessionId: 's' },
  page: { id: 'ideabar-board', frameContext: 'content', subPageId },
  user: { id: 'oid-1', displayName: 'Megan Bowen', tenant: { id: 'tid-1' } },
});

let server: FakeIdeaBar;
beforeEach(() => {
  vi.clearAllMocks();
  server = new FakeIdeaBar([anIdea('Self-service VPN access'), anIdea('Dark mode')]).install();
});

const person = (userId: string) => server.people.find((known) => known.userId === userId);

describe('standalone, outside Teams', () => {
  it('lists the API’s demo people, gets a dev token in their own tenant and roles, and shows the board', async () => {
    render(<App />);
    const people = await screen.findByRole('list', { name: 'Demo people' });
    expect(server.callsTo('GET', /^\/api\/dev\/people$/)).toHaveLength(1);
    expect(within(people).getAllByRole('button')).toHaveLength(server.people.length);
    const megan = within(people).getByRole('button', { name: /Sign in as Megan Bowen/ });
    expect(within(megan).getByText('Marketing Manager')).toBeTruthy();
    expect(within(megan).queryByText('IT member')).toBeNull();
    const alex = within(people).getByRole('button', { name: /Sign in as Alex Wilber/ });
    expect(within(alex).getByText('IT member')).toBeTruthy();
    expect(
      within(people)
        .getAllByText('IT member')
        .map((badge) => badge.closest('button')?.textContent),
    ).toEqual([expect.stringContaining('Alex Wilber'), expect.stringContaining('Nestor Wilke')]);

    await userEvent.click(alex);
    expect(await screen.findByRole('feed', { name: 'Ideas' })).toBeTruthy();
    expect(server.callsTo('POST', /^\/api\/dev\/token$/)[0]?.body).toEqual({
      tenantId: 'contoso',
      userId: 'alex.wilber',
      name: 'Alex Wilber',
      roles: ['employee', 'it'],
    });
    expect(JSON.parse(sessionStorage.getItem('ideabar.person') ?? 'null')).toEqual(person('alex.wilber'));
    expect(teamsApp.initialize).not.toHaveBeenCalled();
    expect(teamsApp.notifySuccess).not.toHaveBeenCalled();
  });

  it('shows that the people are loading, until they are', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/api/dev/people')) await held;
      return server.fetch(input, init);
    });
    render(<App />);
    // The app's own "Opening IdeaBar…" spinner may come first: wait for the picker's.
    expect(await screen.findByText('Loading the demo people…')).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Demo people' })).toBeNull();
    release();
    expect(await screen.findByRole('list', { name: 'Demo people' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('says what to do when the API has no demo sign-in, without its raw error', async () => {
    server.when('GET', /^\/api\/dev\/people$/, {
      status: 404,
      body: { error: { code: 'not_found', message: 'No route GET /api/dev/people' } },
    });
    render(<App />);
    expect(
      await screen.findByText(
        'Demo sign-in is off in this IdeaBar. Open IdeaBar in Microsoft Teams, or run it on your computer with npm start, which turns demo sign-in on.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/No route/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('says what to do when the people cannot be loaded, and tries again', async () => {
    let failing = true;
    server.when('GET', /^\/api\/dev\/people$/, () =>
      failing
        ? { status: 500, body: { error: { code: 'internal', message: 'TypeError: items is undefined' } } }
        : { status: 200, body: { items: server.people } },
    );
    render(<App />);
    expect(
      await screen.findByText(
        'Couldn’t load the people you can sign in as. IdeaBar is busy right now. Try again in 5 seconds.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/TypeError/)).toBeNull();
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Demo people' })).toBeTruthy();
  });

  it('signs the remembered person in as they were listed, without asking for the people again', async () => {
    // Someone no static list knows: what was kept is the whole person, not an id to look up.
    const kept = {
      tenantId: 'fabrikam',
      userId: 'ana.ruiz',
      name: 'Ana Ruiz',
      jobTitle: 'Buyer',
      roles: ['employee'],
    };
    sessionStorage.setItem('ideabar.person', JSON.stringify(kept));
    render(<App />);
    expect(await screen.findByRole('feed', { name: 'Ideas' })).toBeTruthy();
    expect(server.callsTo('GET', /^\/api\/dev\/people$/)).toHaveLength(0);
    expect(server.callsTo('POST', /^\/api\/dev\/token$/)[0]?.body).toEqual({
      tenantId: 'fabrikam',
      userId: 'ana.ruiz',
      name: 'Ana Ruiz',
      roles: ['employee'],
    });
  });

  it('gets a new dev token when the API refuses the kept one', async () => {
    sessionStorage.setItem('ideabar.person', JSON.stringify(person('megan.bowen')));
    sessionStorage.setItem('ideabar.token', 'expired');
    server.when('GET', /^\/api\/ideas$/, (call) =>
      call.authorization === 'Bearer expired'
        ? { status: 401, body: { error: { code: 'unauthorized', message: 'expired' } } }
        : { status: 200, body: { items: [], nextCursor: null, total: 0 } },
    );
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'No ideas here yet' })).toBeTruthy();
    expect(server.callsTo('POST', /^\/api\/dev\/token$/)).toHaveLength(1);
    expect(sessionStorage.getItem('ideabar.token')).toBe('dev-token');
  });

  it('switches theme from the menu, and lets someone else sign in', async () => {
    sessionStorage.setItem('ideabar.person', JSON.stringify(person('megan.bowen')));
    const { container } = render(<App />);
    await screen.findByRole('feed');
    expect(screen.getByText('Signed in as Megan Bowen')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Theme: Light' }));
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'High contrast' }));
    expect(container.querySelector('[data-theme]')?.getAttribute('data-theme')).toBe('contrast');
    expect(localStorage.getItem('ideabar.theme')).toBe('contrast');
    await userEvent.click(screen.getByRole('button', { name: 'Switch person' }));
    expect(await screen.findByRole('list', { name: 'Demo people' })).toBeTruthy();
    expect(sessionStorage.getItem('ideabar.person')).toBeNull();
  });
});

describe('inside Teams', () => {
  const inTeams = () => connectToHost(50).then((host) => host);

  beforeEach(() => {
    vi.mocked(teamsApp.getContext).mockResolvedValue(teamsContext() as never);
    // The tab sits in Teams' frame.
    Object.defineProperty(window, 'parent', { configurable: true, value: {} });
  });

  it('uses Teams SSO, follows the Teams theme live, and tells Teams when the board is usable', async () => {
    const { container } = render(<App connect={inTeams} />);
    expect(await screen.findByRole('feed', { name: 'Ideas' })).toBeTruthy();
    expect(authentication.getAuthToken).toHaveBeenCalled();
    expect(server.calls.every((call) => call.authorization === 'Bearer teams-sso-token')).toBe(true);
    expect(screen.queryByRole('list', { name: 'Demo people' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Theme/ })).toBeNull();
    await waitFor(() => expect(teamsApp.notifySuccess).toHaveBeenCalledOnce());
    const theme = () => container.querySelector('[data-theme]')?.getAttribute('data-theme');
    expect(theme()).toBe('dark');
    act(() => teams.themeHandler?.('contrast'));
    expect(theme()).toBe('contrast');
    act(() => teams.themeHandler?.('default'));
    expect(theme()).toBe('default');
  });

  it('opens the idea a deep link names in subPageId', async () => {
    const idea = server.ideas[1];
    vi.mocked(teamsApp.getContext).mockResolvedValue(teamsContext(idea?.id) as never);
    render(<App connect={inTeams} />);
    expect(await screen.findByRole('dialog', { name: 'Idea: Dark mode' })).toBeTruthy();
  });

  it('shows the board when Teams reports a locale tag Intl rejects (en-US@posix), formatting as en-US', async () => {
    vi.mocked(teamsApp.getContext).mockResolvedValue({
      ...teamsContext(),
      app: { ...teamsContext().app, locale: 'en-US@posix' },
    } as never);
    render(<App connect={inTeams} />);
    const feed = await screen.findByRole('feed', { name: 'Ideas' });
    expect(within(feed).getAllByRole('article')).toHaveLength(2);
    expect(document.documentElement.lang).toBe('en-US');
    expect(screen.queryByText('IdeaBar ran into a problem.')).toBeNull();
  });

  it('reads in the language Teams names, fetched for it alone, and in English should that fetch fail', async () => {
    vi.mocked(teamsApp.getContext).mockResolvedValue({
      ...teamsContext(),
      app: { ...teamsContext().app, locale: 'de-DE' },
    } as never);
    const view = render(<App connect={inTeams} />);
    const feed = await screen.findByRole('feed', { name: 'Ideen' });
    expect(within(feed).getAllByRole('article')).toHaveLength(2);
    expect(document.documentElement.lang).toBe('de-DE');
    expect(loadedTranslator('de-DE')?.locale).toBe('de');
    expect(loadedTranslator('ja-JP')).toBeUndefined();
    view.unmount();
    // Japanese never arrives: the page is shown in English rather than left waiting.
    const failing = vi.spyOn(core, 'loadTranslator').mockRejectedValue(new TypeError('Failed to fetch'));
    vi.mocked(teamsApp.getContext).mockResolvedValue({
      ...teamsContext(),
      app: { ...teamsContext().app, locale: 'ja-JP' },
    } as never);
    render(<App connect={inTeams} />);
    expect(await screen.findByRole('feed', { name: 'Ideas' })).toBeTruthy();
    expect(failing).toHaveBeenCalledWith('ja-JP');
    expect(document.documentElement.lang).toBe('en-US');
    failing.mockRestore();
  });

  it('falls back to standalone when Teams does not answer in time', async () => {
    vi.mocked(teamsApp.initialize).mockReturnValueOnce(new Promise(() => undefined));
    render(<App connect={inTeams} />);
    expect(await screen.findByRole('list', { name: 'Demo people' })).toBeTruthy();
  });

  it('shows the configuration page in a team tab’s settings, opening the team’s own board', async () => {
    vi.mocked(teamsApp.getContext).mockResolvedValue({
      ...teamsContext(),
      page: { id: '', frameContext: 'settings' },
      team: { internalId: '19:finance@thread.tacv2', groupId: 'group-guid', displayName: 'Finance' },
    } as never);
    render(<App connect={inTeams} />);
    expect(await screen.findByRole('heading', { name: 'Add IdeaBar to Finance' })).toBeTruthy();
    const finance = await screen.findByRole('radio', { name: 'Finance (this team’s board)' });
    expect((finance as HTMLInputElement).checked).toBe(true);
    expect(server.callsTo('POST', /^\/api\/boards$/)[0]?.body).toEqual({
      teamId: '19:finance@thread.tacv2',
      name: 'Finance',
    });
  });

  it('shows the compact shortlist in a meeting’s side panel, for the board the tab was set up with', async () => {
    history.replaceState(null, '', '/?boardId=default');
    vi.mocked(teamsApp.getContext).mockResolvedValue({
      ...teamsContext(),
      page: { id: 'board-default', frameContext: 'sidePanel' },
      chat: { id: '19:meeting_xyz@thread.v2' },
      meeting: { id: 'MCMx' },
    } as never);
    render(<App connect={inTeams} />);
    expect(await screen.findByRole('heading', { name: 'Planning shortlist' })).toBeTruthy();
    expect(
      await screen.findByText('No planning cycle is taking ideas or votes on this board right now.'),
    ).toBeTruthy();
    expect(screen.queryByRole('feed', { name: 'Ideas' })).toBeNull();
    expect(server.callsTo('GET', /^\/api\/cycles$/)[0]?.query.get('boardId')).toBe('default');
    await waitFor(() => expect(teamsApp.notifySuccess).toHaveBeenCalledOnce());
    history.replaceState(null, '', '/');
  });
});
