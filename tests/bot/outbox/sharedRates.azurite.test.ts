import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationRecord, NotificationRepositories } from '../../../core/src/index.js';
import { tableNotifications } from '../../../api/src/storage/tableRepositories.js';
import { ensureTables } from '../../../api/src/storage/tables.js';
import { HttpBotConnector, type BotConnector } from '../../../bot/src/outbox/proactiveSender.js';
import { CONVERSATION_WINDOWS } from '../../../bot/src/outbox/rateGate.js';
import { runReminder } from '../../../bot/src/reminders/reminder.js';
import type { BotRuntime } from '../../../bot/src/hosting/botRuntime.js';
import type { BotServices } from '../../../bot/src/botServices.js';
import { tablesOf, testConfig } from '../../support/testHost.js';
import { FakeBotConnector } from '../support/fakeBotConnector.js';
import { TestClock } from '../../support/domain.js';
import {
  channelBurst,
  personalChats,
  proactiveRuntime,
  votingDeadlineReminder,
} from '../support/proactiveFixture.js';
import { peak } from '../support/peak.js';

/**
 * Several processes of the bot, each with its own sender and rate gate, on one Azurite: together they keep Teams'
 * rates, as the strict fake Bot Connector counts them, because they take their send slots from shared ledgers.
 */
const TENANT = 'tenant-a';
const RATE = 30;
const BURST = 45;
const CHANNEL = '19:burst-channel@thread.tacv2';

async function freshStore(): Promise<NotificationRepositories> {
  const tables = tablesOf(testConfig());
  await ensureTables(tables);
  return tableNotifications(tables);
}

/** BURST people whose reminder goes to one channel, interleaved with one person each in a personal chat. */
function burstAndMany(serviceUrl: string, chats: ConversationRecord[]): ConversationRecord[] {
  const burst = channelBurst(serviceUrl, TENANT, CHANNEL, BURST);
  // Interleaved, so every process meets the channel all through the run.
  return chats.flatMap((chat, n) => (burst[n] ? [burst[n], chat] : [chat]));
}

/**
 * Nothing reached Teams beyond its windows, and Teams had next to nothing to refuse. The processes here share one
 * event loop with each other and with the fake, so on a loaded machine a send can leave later than its slot by more
 * than the ledgers' jitter margin and, now and then, meet a 429 (retried after Retry-After, still sent once). One in
 * fifty sends is allowed for that; without shared ledgers a third of the sends meet 429s.
 */
function expectWithinTeamsRates(connector: FakeBotConnector): void {
  expect(connector.counts.throttled).toBeLessThanOrEqual(Math.ceil(connector.deliveries.length / 50));
  const byConversation = new Map<string, number[]>();
  for (const { conversationId, at } of connector.deliveries) {
    byConversation.set(conversationId, [...(byConversation.get(conversationId) ?? []), at]);
  }
  for (const times of byConversation.values()) {
    for (const { limit, ms } of CONVERSATION_WINDOWS) expect(peak(times, ms)).toBeLessThanOrEqual(limit);
  }
  expect(connector.peakTenantRate(TENANT)).toBeLessThanOrEqual(RATE);
}

/** Each reminder's summary names its recipient: every one arrived exactly once. */
function expectEachOnce(connector: FakeBotConnector, recipients: ConversationRecord[]): void {
  const counts = new Map<string, number>();
  for (const { summary } of connector.deliveries)
    counts.set(String(summary), (counts.get(String(summary)) ?? 0) + 1);
  expect(counts.size).toBe(recipients.length);
  expect([...counts.values()].every((count) => count === 1)).toBe(true);
}

/** A process that stops dead on `kill()`: whatever it calls after that never answers. */
function killable<T extends object>(target: T, switchOf: { killed: boolean }): T {
  return new Proxy(target, {
    get(object, name, receiver) {
      const value = Reflect.get(object, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        switchOf.killed
          ? new Promise(() => undefined)
          : (value as (...a: unknown[]) => unknown).apply(object, args);
    },
  });
}

/** Sixteen messages in flight per process rather than 64: three processes' worth still queue at the gate. */
const calmer = (process: BotRuntime): BotServices => ({
  ...process.services,
  delivery: { ...process.services.delivery, concurrency: 16 },
});

let connector: FakeBotConnector | undefined;
afterEach(async () => connector?.stop());

describe('Teams rates across processes (shared send slots on Azurite, strict fake Bot Connector)', () => {
  it('three processes drain a burst to one channel and sends to many: no window exceeded, each message once', async () => {
    // Teams' tenant limit is the one each process is told; three of them alone would reach three times it.
    connector = new FakeBotConnector({ tenantLimitPerSecond: RATE, failureRate: 0.02 });
    const url = await connector.start();
    const store = await freshStore();
    const recipients = burstAndMany(url, await personalChats(store, url, 90, [TENANT]));
    const reminder = votingDeadlineReminder(recipients);
    const faults: unknown[] = [];
    const processes = [1, 2, 3].map(() => proactiveRuntime({ store, tenantRatePerSecond: RATE, faults }));

    const reports = await Promise.all(processes.map((process) => runReminder(reminder, calmer(process))));

    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(recipients.length);
    expect(reports.every((report) => report.sent > 0)).toBe(true);
    // Every send took its slots from the shared ledgers: none fell back to its own process's pacing.
    expect(faults).toEqual([]);
    expectEachOnce(connector, recipients);
    expectWithinTeamsRates(connector);
    expect(connector.deliveredPerConversation().get(CHANNEL)).toBe(BURST);
  }, 240_000);

  it('a process killed mid-burst holds nobody up beyond its slots; what it held is sent later, once', async () => {
    connector = new FakeBotConnector({ tenantLimitPerSecond: RATE });
    const url = await connector.start();
    const store = await freshStore();
    const recipients = burstAndMany(url, await personalChats(store, url, 60, [TENANT]));
    const reminder = votingDeadlineReminder(recipients);
    const clock = new TestClock();
    const real = new HttpBotConnector({ token: async () => null, botId: '28:bot' });
    const dead = { killed: false };
    let sentByDoomed = 0;
    let killedAt = 0;
    const doomedConnector: BotConnector = {
      send: async (target, activity) => {
        if (!dead.killed && target.conversationId === CHANNEL && ++sentByDoomed === 5) {
          dead.killed = true;
          killedAt = performance.timeOrigin + performance.now();
        }
        return killable(real, dead).send(target, activity);
      },
      update: (target, id, activity) => killable(real, dead).update(target, id, activity),
    };
    // The doomed process's slot ledgers die with it; its outbox claims stay until their lease runs out.
    const doomed = proactiveRuntime({
      store: { ...store, sendSlots: killable(store.sendSlots, dead) },
      tenantRatePerSecond: RATE,
      clock,
      connector: doomedConnector,
    });
    const survivors = [1, 2].map(() => proactiveRuntime({ store, tenantRatePerSecond: RATE, clock }));

    void runReminder(reminder, calmer(doomed));
    const reports = await Promise.all(survivors.map((process) => runReminder(reminder, calmer(process))));
    expect(dead.killed).toBe(true);

    // The channel went on after the kill, as soon as the slots the dead process had taken were past.
    const channelAfterKill = connector.deliveries
      .filter((delivery) => delivery.conversationId === CHANNEL && delivery.at > killedAt)
      .map((delivery) => delivery.at);
    expect(channelAfterKill.length).toBeGreaterThan(0);
    // Its slots are at most one window of the channel (8 in 2 s) and a lease of the tenant's ahead; the survivors'
    // next send to the channel comes within that, not after some lock's timeout.
    expect(Math.min(...channelAfterKill) - killedAt).toBeLessThan(10_000);

    // The messages the dead process had claimed wait for their lease, then one survivor sends them.
    clock.advance(16 * 60_000);
    const again = await runReminder(reminder, survivors[0]!.services);
    expect(again.sent).toBeGreaterThan(0);
    expect(reports.every((report) => report.sent > 0)).toBe(true);
    expectEachOnce(connector, recipients);
    expectWithinTeamsRates(connector);
  }, 240_000);
});
