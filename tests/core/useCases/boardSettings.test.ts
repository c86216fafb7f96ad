import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../../support/validationErrors.js';
import {
  boardChannels,
  canonicalTimeZone,
  conversationKeys,
  digestScheduleProblem,
  ForbiddenError,
  listAudit,
  NotFoundError,
  openTeamBoard,
  updateBoard,
  type ConversationRecord,
} from '../../../core/src/index.js';
import { memoryNotifications } from '@ideabar/core/testing';
import { ada, domain, grace, mallory } from '../../support/domain.js';

const TEAM = '19:platform@thread.tacv2';

function record(overrides: Partial<ConversationRecord>): ConversationRecord {
  return {
    tenantId: 'contoso',
    key: conversationKeys.board(TEAM),
    kind: 'board',
    conversationId: TEAM,
    userId: null,
    boardId: TEAM,
    reference: '{}',
    name: 'Platform Team › General',
    updatedAt: new Date('2026-11-23T09:00:00Z'),
    ...overrides,
  };
}

async function setUp() {
  const fixture = domain();
  const store = memoryNotifications();
  await fixture.ctx.itDirectory.addItMember(ada);
  await openTeamBoard(fixture.ctx, grace, { teamId: TEAM, name: 'Platform Team' });
  const channels = {
    general: record({}),
    generalAsChannel: record({ key: conversationKeys.other(TEAM), kind: 'channel' }),
    announcements: record({
      key: conversationKeys.other('19:announcements@thread.tacv2'),
      kind: 'channel',
      conversationId: '19:announcements@thread.tacv2',
      name: 'Platform Team › Announcements',
    }),
    unnamed: record({
      key: conversationKeys.other('19:unnamed@thread.tacv2'),
      kind: 'channel',
      conversationId: '19:unnamed@thread.tacv2',
      name: null,
    }),
    otherTeam: record({
      key: conversationKeys.other('19:elsewhere@thread.tacv2'),
      kind: 'channel',
      conversationId: '19:elsewhere@thread.tacv2',
      boardId: '19:other-team@thread.tacv2',
    }),
    chat: record({
      key: conversationKeys.personal('ada'),
      kind: 'personal',
      conversationId: 'a:ada',
      userId: 'ada',
      boardId: null,
      name: null,
    }),
  };
  for (const each of Object.values(channels)) await store.conversations.save(each);
  return { ...fixture, store, channels };
}

describe('a board’s announcement channel and digest schedule', () => {
  it('new boards have announcements where IdeaBar was installed and a weekly digest on Monday morning, UTC', async () => {
    const { ctx } = await setUp();
    const board = await ctx.repos.boards.find('contoso', TEAM);
    expect(board).toMatchObject({ announcementChannel: null, digestSchedule: '0 9 * * 1', timeZone: 'UTC' });
  });

  it('IT sets all three; the time zone is stored by its IANA name; the change is audited', async () => {
    const { ctx, store, channels } = await setUp();
    const view = await updateBoard(
      ctx,
      ada,
      TEAM,
      {
        announcementChannel: channels.announcements.key,
        digestSchedule: '  30   8 * *   1-5 ',
        timeZone: 'europe/berlin',
      },
      store.conversations,
    );
    expect(view).toMatchObject({
      announcementChannel: channels.announcements.key,
      digestSchedule: '30 8 * * 1-5',
      timeZone: 'Europe/Berlin',
    });
    const [entry] = await listAudit(ctx, ada, {});
    expect(entry).toMatchObject({
      by: { id: 'ada' },
      subject: `board:${TEAM}`,
      before: { announcementChannel: null, digestSchedule: '0 9 * * 1', timeZone: 'UTC' },
      after: { announcementChannel: channels.announcements.key, digestSchedule: '30 8 * * 1-5' },
    });
    expect(entry!.summary).toContain('announcementChannel, digestSchedule, timeZone');

    const off = await updateBoard(
      ctx,
      ada,
      TEAM,
      { digestSchedule: null, announcementChannel: null },
      store.conversations,
    );
    expect(off).toMatchObject({ digestSchedule: null, announcementChannel: null, timeZone: 'Europe/Berlin' });
  });

  it.each([
    ['not cron at all', 'every monday'],
    ['six fields', '0 0 9 * * 1'],
    ['a minute out of range', '61 9 * * 1'],
    ['a day that never comes', '0 9 31 2 *'],
  ])('refuses a schedule that does not parse: %s', async (_why, digestSchedule) => {
    const { ctx, store } = await setUp();
    const fields = await fieldErrorsOf(updateBoard(ctx, ada, TEAM, { digestSchedule }, store.conversations));
    expect(fields).toMatchObject([{ field: 'digestSchedule', message: expect.any(String) }]);
  });

  it.each(['*/30 * * * *', '0 9,17 * * *', '0 * * * 1', '0-5 9 * * *'])(
    'refuses a schedule firing more than once a day: %s',
    async (digestSchedule) => {
      const { ctx, store } = await setUp();
      const fields = await fieldErrorsOf(
        updateBoard(ctx, ada, TEAM, { digestSchedule }, store.conversations),
      );
      expect(fields).toMatchObject([
        { field: 'digestSchedule', message: expect.stringContaining('once a day') },
      ]);
    },
  );

  it('knows IANA zones by any spelling and alias', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
  });

  it('takes any once-a-day schedule, named days and months included', () => {
    for (const schedule of ['0 9 * * 1', '0 9 * * MON-FRI', '15 7 1 * *', '0 18 * JAN,JUL 5', '0 0 29 2 *'])
      expect(digestScheduleProblem(schedule), schedule).toBeNull();
  });

  it('refuses time zones that are not IANA zones, with every problem at once', async () => {
    const { ctx, store } = await setUp();
    for (const timeZone of ['Mars/Olympus', '+01:00', 'Europe/', '', 42]) {
      const fields = await fieldErrorsOf(updateBoard(ctx, ada, TEAM, { timeZone }, store.conversations));
      expect(fields.map((f) => f.field)).toEqual(['timeZone']);
    }
    const all = await fieldErrorsOf(
      updateBoard(
        ctx,
        ada,
        TEAM,
        { timeZone: 'Nowhere/Town', digestSchedule: '* * * * *', announcementChannel: 7 },
        store.conversations,
      ),
    );
    expect(all.map((f) => f.field).sort()).toEqual(['announcementChannel', 'digestSchedule', 'timeZone']);
  });

  it('refuses a channel the bot does not know for this board', async () => {
    const { ctx, store, channels } = await setUp();
    for (const key of [
      channels.otherTeam.key,
      channels.chat.key,
      conversationKeys.other('19:never-seen@thread.tacv2'),
      'nonsense',
    ]) {
      const fields = await fieldErrorsOf(
        updateBoard(ctx, ada, TEAM, { announcementChannel: key }, store.conversations),
      );
      expect(fields).toEqual([
        { field: 'announcementChannel', message: expect.stringContaining('cannot post') },
      ]);
    }
    // Another tenant's channel is not this tenant's, even for a team with the same id.
    await ctx.itDirectory.addItMember(mallory);
    await openTeamBoard(ctx, mallory, { teamId: TEAM, name: 'Look-alike' });
    const fields = await fieldErrorsOf(
      updateBoard(
        ctx,
        mallory,
        TEAM,
        { announcementChannel: channels.announcements.key },
        store.conversations,
      ),
    );
    expect(fields.map((f) => f.field)).toEqual(['announcementChannel']);
    expect((await ctx.repos.boards.find('contoso', TEAM))?.announcementChannel).toBeNull();
  });

  it('only IT changes them; nobody reaches another tenant’s board', async () => {
    const { ctx, store, channels } = await setUp();
    await expect(
      updateBoard(ctx, grace, TEAM, { digestSchedule: null }, store.conversations),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await ctx.itDirectory.addItMember(mallory);
    await expect(
      updateBoard(
        ctx,
        mallory,
        TEAM,
        { announcementChannel: channels.announcements.key },
        store.conversations,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updateBoard(ctx, mallory, TEAM, { digestSchedule: null }, store.conversations),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await ctx.repos.boards.find('contoso', TEAM)).toMatchObject({ digestSchedule: '0 9 * * 1' });
  });
});

describe('boardChannels', () => {
  it('lists where the bot can post for the board: the install channel first, each channel once', async () => {
    const { ctx, store, channels } = await setUp();
    expect(await boardChannels(ctx, ada, TEAM, store.conversations)).toEqual({
      items: [
        { key: channels.general.key, name: 'Platform Team › General', kind: 'board' },
        { key: channels.unnamed.key, name: 'A channel of this team', kind: 'channel' },
        { key: channels.announcements.key, name: 'Platform Team › Announcements', kind: 'channel' },
      ],
    });
  });

  it('is for IT members, and shows another tenant nothing', async () => {
    const { ctx, store } = await setUp();
    await expect(boardChannels(ctx, grace, TEAM, store.conversations)).rejects.toBeInstanceOf(ForbiddenError);
    await ctx.itDirectory.addItMember(mallory);
    await expect(boardChannels(ctx, mallory, TEAM, store.conversations)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await boardChannels(ctx, mallory, 'default', store.conversations)).toEqual({ items: [] });
  });
});
