import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../../api/src/storage/keys.js';
import { notificationKeys } from '../../../api/src/storage/keys.js';
import {
  conversationKeys,
  type AuditEntryView,
  type BoardChannelList,
  type BoardView,
  type ConversationRecord,
  type SettingsView,
} from '../../../core/src/index.js';
import { useTestApi } from '../../support/apiTestBed.js';
import { tablesOf, type Person } from '../../support/testHost.js';

const TEAM = '19:platform@thread.tacv2';
const ANNOUNCEMENTS = '19:announcements@thread.tacv2';
const lead: Person = { tenantId: 'contoso', userId: 'nestor', name: 'Nestor Wilke', roles: ['it'] };
const employee: Person = { tenantId: 'contoso', userId: 'megan', name: 'Megan Bowen' };
const otherIt: Person = { tenantId: 'fabrikam', userId: 'nestor', name: 'Fabrikam IT', roles: ['it'] };

const boardPath = (id: string, rest = '') => `/api/boards/${encodeURIComponent(id)}${rest}`;

const api = useTestApi();

/** A conversation as the bot records it when it is installed in, or spoken to in, a team's channel. */
function channel(key: string, kind: 'board' | 'channel', conversationId: string, name: string | null) {
  const record: ConversationRecord = {
    tenantId: 'contoso',
    key,
    kind,
    conversationId,
    userId: null,
    boardId: TEAM,
    reference: JSON.stringify({ serviceUrl: 'https://smba.example/', conversationId }),
    name,
    updatedAt: new Date(),
  };
  return api.host.services.bot.services.store.conversations.save(record);
}

beforeAll(async () => {
  await api.host.services.ready();
  expect((await api.as(lead, 'POST', '/api/boards', { teamId: TEAM, name: 'Platform Team' })).status).toBe(
    201,
  );
  await channel(conversationKeys.board(TEAM), 'board', TEAM, 'Platform Team › General');
  await channel(conversationKeys.other(TEAM), 'channel', TEAM, 'Platform Team › General');
  await channel(
    conversationKeys.other(ANNOUNCEMENTS),
    'channel',
    ANNOUNCEMENTS,
    'Platform Team › Announcements',
  );
});

describe('a board’s announcement channel and digest schedule over HTTP (local host, Azurite)', () => {
  it('lists the channels the bot can post to for the board, to IT members only', async () => {
    const channels = await api.as<BoardChannelList>(lead, 'GET', boardPath(TEAM, '/channels'));
    expect(channels).toMatchObject({
      status: 200,
      body: {
        items: [
          { key: conversationKeys.board(TEAM), name: 'Platform Team › General', kind: 'board' },
          {
            key: conversationKeys.other(ANNOUNCEMENTS),
            name: 'Platform Team › Announcements',
            kind: 'channel',
          },
        ],
      },
    });
    expect(channels.body.items).toHaveLength(2);
    expect((await api.as(lead, 'GET', boardPath('default', '/channels'))).body).toEqual({ items: [] });
    expect((await api.as(employee, 'GET', boardPath(TEAM, '/channels'))).status).toBe(403);
    expect((await api.as(lead, 'GET', boardPath('19:nope@thread.tacv2', '/channels'))).status).toBe(404);
  });

  it('new boards show the defaults; IT sets all three and reads them back everywhere', async () => {
    const fresh = await api.as<{ items: BoardView[] }>(lead, 'GET', '/api/boards');
    expect(fresh.body.items.find((b) => b.id === TEAM)).toMatchObject({
      announcementChannel: null,
      digestSchedule: '0 9 * * 1',
      timeZone: 'UTC',
    });
    const change = {
      announcementChannel: conversationKeys.other(ANNOUNCEMENTS),
      digestSchedule: '30 8 * * 1-5',
      timeZone: 'Europe/Berlin',
    };
    const updated = await api.as<BoardView>(lead, 'PUT', boardPath(TEAM), change);
    expect(updated).toMatchObject({ status: 200, body: { id: TEAM, ...change } });
    const settings = await api.as<SettingsView>(lead, 'GET', '/api/settings');
    expect(settings.body.boards.find((b) => b.id === TEAM)).toMatchObject(change);

    const off = await api.as<BoardView>(lead, 'PUT', boardPath(TEAM), {
      digestSchedule: null,
      announcementChannel: null,
    });
    expect(off.body).toMatchObject({
      digestSchedule: null,
      announcementChannel: null,
      timeZone: 'Europe/Berlin',
    });
    const audit = await api.as<{ items: AuditEntryView[] }>(lead, 'GET', '/api/audit');
    expect(audit.body.items.slice(0, 2)).toMatchObject([
      {
        by: { id: 'nestor' },
        subject: `board:${TEAM}`,
        before: { digestSchedule: '30 8 * * 1-5', announcementChannel: change.announcementChannel },
        after: { digestSchedule: null, announcementChannel: null },
      },
      { before: { digestSchedule: '0 9 * * 1', timeZone: 'UTC' }, after: change },
    ]);
  });

  it('answers field by field what does not validate, changing nothing', async () => {
    const before = (await api.as<SettingsView>(lead, 'GET', '/api/settings')).body;
    const bad = await api.as(lead, 'PUT', boardPath(TEAM), {
      digestSchedule: '*/5 * * * *',
      timeZone: 'Mars/Olympus',
    });
    expect(bad).toMatchObject({
      status: 400,
      body: {
        error: {
          code: 'validation',
          fields: [
            { field: 'digestSchedule', message: expect.stringContaining('at most once a day') },
            { field: 'timeZone', message: expect.stringContaining('IANA') },
          ],
        },
      },
    });
    const unparsable = await api.as(lead, 'PUT', boardPath(TEAM), { digestSchedule: 'every monday' });
    expect(unparsable).toMatchObject({
      status: 400,
      body: { error: { fields: [{ field: 'digestSchedule' }] } },
    });
    for (const announcementChannel of [conversationKeys.other('19:unknown@thread.tacv2'), 'user:megan', 42]) {
      const refused = await api.as(lead, 'PUT', boardPath(TEAM), { announcementChannel });
      expect(refused, String(announcementChannel)).toMatchObject({
        status: 400,
        body: { error: { fields: [{ field: 'announcementChannel' }] } },
      });
    }
    expect((await api.as<SettingsView>(lead, 'GET', '/api/settings')).body).toEqual(before);
  });

  it('refuses everyone but IT, and reaches no other tenant', async () => {
    const before = (await api.as<SettingsView>(lead, 'GET', '/api/settings')).body;
    expect((await api.as(employee, 'PUT', boardPath(TEAM), { digestSchedule: null })).status).toBe(403);
    expect((await api.as(employee, 'PUT', boardPath('default'), { timeZone: 'UTC' })).status).toBe(403);
    expect((await api.as(otherIt, 'PUT', boardPath(TEAM), { digestSchedule: '0 7 * * *' })).status).toBe(404);
    expect((await api.as(otherIt, 'GET', boardPath(TEAM, '/channels'))).status).toBe(404);
    // Fabrikam's own default board cannot point at Contoso's channel either.
    const borrowed = await api.as(otherIt, 'PUT', boardPath('default'), {
      announcementChannel: conversationKeys.other(ANNOUNCEMENTS),
    });
    expect(borrowed).toMatchObject({
      status: 400,
      body: { error: { fields: [{ field: 'announcementChannel' }] } },
    });
    const own = await api.as<BoardView>(otherIt, 'PUT', boardPath('default'), { timeZone: 'Asia/Tokyo' });
    expect(own.body.timeZone).toBe('Asia/Tokyo');
    expect((await api.as<SettingsView>(lead, 'GET', '/api/settings')).body).toEqual(before);
  });

  it('reads boards and conversations stored before these settings with their defaults', async () => {
    const tables = tablesOf(api.host.services.config);
    const legacyTeam = '19:legacy@thread.tacv2';
    await tables.Boards.createEntity({
      partitionKey: keys.boards('contoso'),
      rowKey: keys.rowKey(legacyTeam),
      name: 'Legacy Team',
      teamId: legacyTeam,
      createdAt: new Date('2026-01-05T09:00:00Z'),
      setup: JSON.stringify({ description: 'Old', categories: [], suggestedTags: [], moderation: false }),
    });
    await tables.Conversations.createEntity({
      partitionKey: notificationKeys.conversations('contoso'),
      rowKey: notificationKeys.conversation(conversationKeys.board(legacyTeam)),
      key: conversationKeys.board(legacyTeam),
      kind: 'board',
      conversationId: legacyTeam,
      boardId: legacyTeam,
      reference: JSON.stringify({ serviceUrl: 'https://smba.example/', conversationId: legacyTeam }),
      digest: 'monthly',
      updatedAt: new Date('2026-01-05T09:00:00Z'),
    });
    const settings = await api.as<SettingsView>(lead, 'GET', '/api/settings');
    expect(settings.body.boards.find((b) => b.id === legacyTeam)).toMatchObject({
      description: 'Old',
      announcementChannel: null,
      digestSchedule: '0 9 * * 1',
      timeZone: 'UTC',
    });
    const channels = await api.as<BoardChannelList>(lead, 'GET', boardPath(legacyTeam, '/channels'));
    expect(channels.body.items).toEqual([
      { key: conversationKeys.board(legacyTeam), name: 'The channel IdeaBar was added in', kind: 'board' },
    ]);
    const chosen = await api.as<BoardView>(lead, 'PUT', boardPath(legacyTeam), {
      announcementChannel: conversationKeys.board(legacyTeam),
      digestSchedule: '0 9 1 * *',
    });
    expect(chosen.body).toMatchObject({
      name: 'Legacy Team',
      description: 'Old',
      digestSchedule: '0 9 1 * *',
    });
  });
});
