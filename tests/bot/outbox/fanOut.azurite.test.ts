import { afterEach, describe, expect, it } from 'vitest';
import { TestClock } from '../../support/domain.js';
import type { NotificationRepositories } from '../../../core/src/index.js';
import { tableNotifications } from '../../../api/src/storage/tableRepositories.js';
import { ensureTables } from '../../../api/src/storage/tables.js';
import { HttpBotConnector, type BotConnector } from '../../../bot/src/outbox/proactiveSender.js';
import { runReminder } from '../../../bot/src/reminders/reminder.js';
import { tablesOf, testConfig } from '../../support/testHost.js';
import { FakeBotConnector } from '../support/fakeBotConnector.js';
import { personalChats, proactiveRuntime, votingDeadlineReminder } from '../support/proactiveFixture.js';

/**
 * Proactive fan-out through the strict fake Bot Connector (loopback) with the outbox in Table Storage on Azurite.
 */
async function freshStore(): Promise<NotificationRepositories> {
  const tables = tablesOf(testConfig());
  await ensureTables(tables);
  return tableNotifications(tables);
}

const TENANTS = ['tenant-a', 'tenant-b'];
let connector: FakeBotConnector | undefined;
afterEach(async () => connector?.stop());

// The two big runs are bounded at three minutes: their hundreds of sends and outbox writes take a few seconds on a
// quiet machine, but over a minute, with nothing wrong, when every core is shared. The bounds only catch a hang.
describe('proactive fan-out (strict fake Bot Connector, outbox on Azurite)', () => {
  it('1,000 recipients in two tenants: each gets exactly one message, within every Teams limit', async () => {
    connector = new FakeBotConnector({ tenantLimitPerSecond: 100, failureRate: 0.05 });
    const url = await connector.start();
    const store = await freshStore();
    const chats = await personalChats(store, url, 1_000, TENANTS);
    const runtime = proactiveRuntime({ store, tenantRatePerSecond: 100 });

    const report = await runReminder(votingDeadlineReminder(chats), runtime.services);

    expect(report).toMatchObject({ sent: 1_000, gone: 0, failed: 0, skipped: 0 });
    const perConversation = connector.deliveredPerConversation();
    expect(perConversation.size).toBe(1_000);
    expect([...perConversation.values()].every((count) => count === 1)).toBe(true);
    // Random gateway failures happened and were retried; no tenant ever went over its limit.
    expect(connector.counts.failed).toBeGreaterThan(0);
    for (const tenant of TENANTS) expect(connector.peakTenantRate(tenant)).toBeLessThanOrEqual(100);
    const entry = await store.outbox.find({
      tenantId: 'tenant-a',
      reminder: 'voting-deadline',
      occurrence: 'cycle-2026-11',
      recipient: chats[0]!.key,
    });
    expect(entry?.state).toBe('sent');
  }, 180_000);

  it('a run twice at once, then again: one message per recipient', async () => {
    connector = new FakeBotConnector({ tenantLimitPerSecond: 200, failureRate: 0.02 });
    const url = await connector.start();
    const store = await freshStore();
    const chats = await personalChats(store, url, 300, TENANTS);
    const reminder = votingDeadlineReminder(chats);
    // Two hosts, as after a failover: separate senders, one outbox.
    const first = proactiveRuntime({ store, tenantRatePerSecond: 200 });
    const second = proactiveRuntime({ store, tenantRatePerSecond: 200 });

    const [a, b] = await Promise.all([
      runReminder(reminder, first.services),
      runReminder(reminder, second.services),
    ]);
    const again = await runReminder(reminder, first.services);

    expect(a.sent + b.sent).toBe(300);
    expect(a.skipped + b.skipped).toBe(300);
    expect(again).toMatchObject({ sent: 0, skipped: 300 });
    expect([...connector.deliveredPerConversation().values()]).toEqual(Array.from({ length: 300 }, () => 1));
    expect(connector.deliveries).toHaveLength(300);
  }, 180_000);

  it('throttled (429): waits at least Retry-After before trying that conversation again', async () => {
    // The sender is told the tenant allows 60/s; the service allows 20/s and says so with 429s. Its window is full
    // when the first message comes, so a 429 is met on any machine, not only on one that sends faster than 20/s.
    connector = new FakeBotConnector({
      tenantLimitPerSecond: 20,
      retryAfterSeconds: 1,
      fullWindowAtFirstRequest: true,
    });
    const url = await connector.start();
    const store = await freshStore();
    const chats = await personalChats(store, url, 120, ['tenant-a']);
    const runtime = proactiveRuntime({ store, tenantRatePerSecond: 60 });

    const report = await runReminder(votingDeadlineReminder(chats), runtime.services);

    expect(report.sent).toBe(120);
    expect(connector.counts.throttled).toBeGreaterThan(0);
    for (const [conversationId, throttled] of connector.throttledAt) {
      const requests = connector.requestsAt.get(conversationId)!;
      for (const at of throttled) {
        const next = requests.find((time) => time > at);
        expect(next! - at).toBeGreaterThanOrEqual(990);
      }
    }
    expect([...connector.deliveredPerConversation().values()].every((count) => count === 1)).toBe(true);
  }, 60_000);

  it('recipients that are gone (403, 404) are recorded and never tried again', async () => {
    const gone = new Map<string, 403 | 404>([
      ['a:1personal-tenant-a-user-0003', 403],
      ['a:1personal-tenant-a-user-0007', 404],
    ]);
    connector = new FakeBotConnector({ tenantLimitPerSecond: 50, gone });
    const url = await connector.start();
    const store = await freshStore();
    const chats = await personalChats(store, url, 10, ['tenant-a']);
    const runtime = proactiveRuntime({ store, tenantRatePerSecond: 50 });

    expect(await runReminder(votingDeadlineReminder(chats), runtime.services)).toMatchObject({
      sent: 8,
      gone: 2,
    });
    const key = (n: number) => ({
      tenantId: 'tenant-a',
      reminder: 'voting-deadline',
      occurrence: 'cycle-2026-11',
      recipient: chats[n]!.key,
    });
    expect(await store.outbox.find(key(3))).toMatchObject({
      state: 'gone',
      detail: expect.stringContaining('403'),
    });
    expect(await store.outbox.find(key(7))).toMatchObject({
      state: 'gone',
      detail: expect.stringContaining('404'),
    });
    const requestsBefore = connector.counts.requests;
    expect(await runReminder(votingDeadlineReminder(chats), runtime.services)).toMatchObject({
      sent: 0,
      skipped: 10,
    });
    expect(connector.counts.requests).toBe(requestsBefore);
  }, 30_000);

  it('a run that dies mid-send loses nothing: the next run after the lease delivers the rest, once', async () => {
    connector = new FakeBotConnector({ tenantLimitPerSecond: 200 });
    const url = await connector.start();
    const store = await freshStore();
    const chats = await personalChats(store, url, 50, ['tenant-a']);
    const clock = new TestClock();
    const real = new HttpBotConnector({ token: async () => null, botId: '28:bot' });
    let sends = 0;
    // The process "dies" after 20 messages: later sends never happen and nothing is settled.
    const dying: BotConnector = {
      send: async (target, activity) => {
        sends += 1;
        if (sends > 20) throw new Error('process killed');
        return real.send(target, activity);
      },
      update: (target, id, activity) => real.update(target, id, activity),
    };
    const crashed = proactiveRuntime({ store, tenantRatePerSecond: 200, clock, connector: dying });
    await runReminder(votingDeadlineReminder(chats), crashed.services);
    expect(connector.deliveries).toHaveLength(20);

    const next = proactiveRuntime({ store, tenantRatePerSecond: 200, clock });
    // While the dead run's leases hold, nobody takes its entries.
    expect(await runReminder(votingDeadlineReminder(chats), next.services)).toMatchObject({
      sent: 0,
      skipped: 50,
    });
    clock.advance(16 * 60_000);
    expect(await runReminder(votingDeadlineReminder(chats), next.services)).toMatchObject({
      sent: 30,
      skipped: 20,
    });
    expect([...connector.deliveredPerConversation().values()]).toEqual(Array.from({ length: 50 }, () => 1));
  }, 30_000);
});
