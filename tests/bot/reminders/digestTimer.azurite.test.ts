import functions from '@azure/functions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  conversationKeys,
  latestDigest,
  openTeamBoard,
  followRecorded,
  submitIdea,
  type BoardView,
} from '../../../core/src/index.js';
import { timersFor } from '../../../api/src/routes.js';
import { storedConversation } from '../support/storedConversations.js';
import { DIGEST_CATCH_UP_MS, digestOccurrence } from '../../../bot/src/reminders/digestReminder.js';
import { startTestApi, type Person, type TestApi } from '../../support/testHost.js';
import { FakeBotConnector } from '../support/fakeBotConnector.js';

const { InvocationContext } = functions;

const TENANT = 'tenant-a';
const lead: Person = { tenantId: TENANT, userId: 'it-lead', name: 'IT Lead', roles: ['it'] };

/** A clock the test moves: the digest is due by the board's schedule, not by when the test happens to run. */
class TestClock {
  constructor(private at: Date) {}
  now(): Date {
    return new Date(this.at);
  }
  set(iso: string): void {
    this.at = new Date(iso);
  }
}

/** A team's board, where the bot was installed (its General channel), and its other channels. */
interface TestBoard {
  id: string;
  ideas: number;
  channels: string[];
}

const board = (name: string, ideas = 1, channels: string[] = []): TestBoard => ({
  id: `19:${name}@thread.tacv2`,
  ideas,
  channels: channels.map((channel) => `19:${name}-${channel}@thread.tacv2`),
});

/**
 * The digest as the Functions app runs it: the timer from the route table, on the local host's services (tables on
 * Azurite), sending through the strict fake Bot Connector, with boards configured through the HTTP API and a clock
 * the test moves. Monday 23 November 2026; Berlin is UTC+1 and New York UTC−5 then.
 */
describe('the digest timer (local host on Azurite, strict fake Bot Connector, test clock)', () => {
  const clock = new TestClock(new Date('2026-11-23T07:00:00Z'));
  let api: TestApi;
  let connector: FakeBotConnector;
  let connectorUrl: string;
  /** Weekly on Monday 09:00 in Berlin, to a channel IT chose that is not the one IdeaBar was installed in. */
  const berlin = board('berlin', 2, ['announcements']);
  /** The default: weekly, Monday 09:00 UTC, to the install channel. */
  const defaults = Array.from({ length: 8 }, (_, n) => board(`team${n}`, 2));
  /** No digest at all, until IT gives it a schedule. */
  const quiet = board('quiet');
  /** Daily at 06:30 in New York. */
  const daily = board('daily');
  /** A schedule, but nothing to tell. */
  const empty = board('empty', 0);
  const boards = [berlin, ...defaults, quiet, daily, empty];

  const timer = () => timersFor(api.host.services.config).find((t) => t.name === 'reminder-digest')!;
  const context = () => new InvocationContext({ functionName: 'reminder-digest' });
  const run = () => timer().run(api.host.services, { isPastDue: false }, context());
  const received = () => connector.deliveredPerConversation();
  const put = (id: string, change: object) =>
    api.as<BoardView>(lead, 'PUT', `/api/boards/${encodeURIComponent(id)}`, change);

  function channelRecord(key: string, kind: 'board' | 'channel', boardId: string, conversationId: string) {
    return api.host.services.bot.services.store.conversations.save(
      storedConversation({
        tenantId: TENANT,
        key,
        kind,
        conversationId,
        userId: null,
        boardId,
        serviceUrl: connectorUrl,
        updatedAt: clock.now(),
      }),
    );
  }

  beforeAll(async () => {
    connector = new FakeBotConnector({ tenantLimitPerSecond: 50, failureRate: 0.05 });
    connectorUrl = await connector.start();
    api = await startTestApi({ overrides: { clock } });
    const { services } = api.host;
    await services.ready();
    const author = { tenantId: TENANT, userId: 'aad-ada', name: 'Ada' };
    for (const each of boards) {
      await openTeamBoard(services.ideabar, author, { teamId: each.id, name: `Board ${each.id}` });
      for (let n = 0; n < each.ideas; n += 1) {
        await submitIdea(services.ideabar, author, {
          title: `Idea ${n} on ${each.id}`,
          description: 'd',
          boardId: each.id,
        });
      }
      // The ideas were there before the bot was installed: their channel posts went nowhere.
      await followRecorded(services.ideabar);
      // As the bot records an install in the team's General channel (whose id is the team's), and other channels.
      await channelRecord(conversationKeys.board(each.id), 'board', each.id, each.id);
      for (const channel of each.channels)
        await channelRecord(conversationKeys.other(channel), 'channel', each.id, channel);
    }
    const configured = [
      await put(berlin.id, {
        timeZone: 'Europe/Berlin',
        announcementChannel: conversationKeys.other(berlin.channels[0]!),
      }),
      await put(quiet.id, { digestSchedule: null }),
      await put(daily.id, { digestSchedule: '30 6 * * *', timeZone: 'America/New_York' }),
    ];
    expect(configured.map((response) => response.status)).toEqual([200, 200, 200]);
  }, 60_000);

  afterAll(async () => {
    await connector?.stop();
    await api?.host.close();
  });

  it('runs every 15 minutes, keeping DIGEST_SCHEDULE as the setting', () => {
    expect(timer().schedule).toBe('0 */15 * * * *');
  });

  it('sends each board its digest when its schedule comes round, once, however often the timer runs', async () => {
    // 07:00 UTC: yesterday's 06:30 New York digest (11:30 UTC) is within the catch-up window; nothing else is due.
    await Promise.all([run(), run()]);
    await run();
    expect(Object.fromEntries(received())).toEqual({ [daily.id]: 1 });

    // 08:00 UTC is 09:00 in Berlin: to the channel IT chose, not the one IdeaBar was installed in.
    clock.set('2026-11-23T08:00:30Z');
    await Promise.all([run(), run()]);
    expect(received().get(berlin.channels[0]!)).toBe(1);
    expect(received().has(berlin.id)).toBe(false);
    expect(received().size).toBe(2);

    // 09:00 UTC: every board on the default schedule, except the one with nothing to tell.
    clock.set('2026-11-23T09:15:00Z');
    await Promise.all([run(), run()]);
    await run();
    for (const each of defaults) expect(received().get(each.id), each.id).toBe(1);
    expect(received().has(empty.id)).toBe(false);
    expect(received().has(quiet.id)).toBe(false);
    expect([...received().values()].every((count) => count === 1)).toBe(true);
    expect(connector.deliveries.find((d) => d.conversationId === berlin.channels[0])?.summary).toBe(
      `IdeaBar digest: Board ${berlin.id}`,
    );
  }, 60_000);

  it('reads schedules afresh on every run: a change in settings counts from the next run', async () => {
    const before = Object.fromEntries(received());
    expect((await put(quiet.id, { digestSchedule: '0 10 * * *' })).status).toBe(200);
    expect((await put(defaults[0]!.id, { digestSchedule: null })).status).toBe(200);

    clock.set('2026-11-23T10:15:00Z');
    await Promise.all([run(), run()]);
    expect(received().get(quiet.id)).toBe(1);

    // A week later: the default boards again, except the one whose digest IT turned off; the daily ones daily.
    clock.set('2026-11-30T09:15:00Z');
    await run();
    expect(received().get(defaults[0]!.id)).toBe(before[defaults[0]!.id]);
    for (const each of defaults.slice(1)) expect(received().get(each.id), each.id).toBe(2);
    expect(received().get(berlin.channels[0]!)).toBe(2);
    expect(received().get(daily.id)).toBe(2);
    expect(received().get(quiet.id)).toBe(2);
  }, 60_000);

  it('finds the latest fire time in the board’s zone, within the catch-up window', () => {
    const monday = new Date('2026-11-23T08:00:00Z');
    expect(latestDigest('0 9 * * 1', 'Europe/Berlin', monday)?.at).toEqual(monday);
    expect(latestDigest('0 9 * * 1', 'Europe/Berlin', new Date(monday.getTime() - 1))?.at).toEqual(
      new Date('2026-11-16T08:00:00Z'),
    );
    // Summer time: 09:00 in Berlin is 07:00 UTC.
    expect(latestDigest('0 9 * * 1', 'Europe/Berlin', new Date('2026-06-01T12:00:00Z'))?.at).toEqual(
      new Date('2026-06-01T07:00:00Z'),
    );
    expect(latestDigest(null, 'UTC', monday)).toBeNull();
    expect(digestOccurrence(monday)).toBe('2026-11-23T08:00Z');
    expect(DIGEST_CATCH_UP_MS).toBeGreaterThan(24 * 3_600_000);
    expect(DIGEST_CATCH_UP_MS).toBeLessThan(48 * 3_600_000);
  });
});
