import {
  createIdeaBar,
  type Clock,
  type ConversationRecord,
  type NotificationRepositories,
} from '../../../core/src/index.js';
import { memoryRepositories } from '@ideabar/core/testing';
import { storedPersonalChat } from './storedConversations.js';
import { createBotRuntime, type BotRuntime } from '../../../bot/src/hosting/botRuntime.js';
import { HttpBotConnector, type BotConnector } from '../../../bot/src/outbox/proactiveSender.js';
import type { ScheduledReminder } from '../../../bot/src/reminders/reminder.js';
import { attachmentOf } from '../../../bot/src/cards/adaptiveCard.js';
import { noticeCard } from '../../../bot/src/cards/noticeCard.js';
import { TEST_SETTINGS } from './botHarness.js';

/** People with a personal chat with the bot, served by the connector at `serviceUrl`. */
export async function personalChats(
  store: NotificationRepositories,
  serviceUrl: string,
  count: number,
  tenants: string[],
): Promise<ConversationRecord[]> {
  const records = Array.from({ length: count }, (_, n): ConversationRecord => {
    const tenantId = tenants[n % tenants.length] as string;
    const userId = `user-${String(n).padStart(4, '0')}`;
    return storedPersonalChat(userId, {
      tenantId,
      conversationId: `a:1personal-${tenantId}-${userId}`,
      serviceUrl,
      updatedAt: new Date('2026-11-23T08:00:00Z'),
    });
  });
  for (let start = 0; start < records.length; start += 50) {
    await Promise.all(records.slice(start, start + 50).map((record) => store.conversations.save(record)));
  }
  return records;
}

/**
 * `count` people whose reminder goes to one channel (each its own message in the outbox, all to one conversation):
 * a burst that only the conversation's windows (7 in 1 s, 8 in 2 s, …) pace.
 */
export function channelBurst(
  serviceUrl: string,
  tenantId: string,
  conversationId: string,
  count: number,
): ConversationRecord[] {
  return Array.from({ length: count }, (_, n) =>
    storedPersonalChat(`burst-${String(n).padStart(3, '0')}`, {
      tenantId,
      conversationId,
      serviceUrl,
      updatedAt: new Date('2026-11-23T08:00:00Z'),
    }),
  );
}

/**
 * A reminder written the way later ones will be: a schedule and a card, nothing else. Here, "voting closes
 * tomorrow" to everyone in `records`.
 */
export function votingDeadlineReminder(
  records: ConversationRecord[],
  occurrence = 'cycle-2026-11',
): ScheduledReminder {
  return {
    id: 'voting-deadline',
    schedule: '0 0 8 * * 1-5',
    async *messages() {
      for (const record of records) {
        yield {
          tenantId: record.tenantId,
          occurrence,
          recipient: record.key,
          reference: record.reference,
          compose: async () => ({
            type: 'message' as const,
            summary: `voting closes: ${record.key}`,
            attachments: [attachmentOf(noticeCard('Voting on this cycle’s ideas closes tomorrow.'))],
          }),
        };
      }
    },
  };
}

export function proactiveRuntime(options: {
  store: NotificationRepositories;
  tenantRatePerSecond: number;
  clock?: Clock;
  connector?: BotConnector;
  faults?: unknown[];
}): BotRuntime {
  return createBotRuntime({
    ideabar: createIdeaBar({
      repos: memoryRepositories(),
      ...(options.clock ? { clock: options.clock } : {}),
    }),
    store: options.store,
    settings: { ...TEST_SETTINGS, tenantRatePerSecond: options.tenantRatePerSecond },
    credentials: { kind: 'none' },
    connector: options.connector ?? new HttpBotConnector({ token: async () => null, botId: '28:bot' }),
    schedules: { digest: '0 0 9 * * *' },
    faults: (error) => options.faults?.push(error),
  });
}
