import { listIdeas, type Caller, type ConversationRecord, type DigestFrequency } from '@ideabar/core';
import { attachmentOf } from '../cards/adaptiveCard.js';
import { digestCard } from '../cards/digestCard.js';
import { LIST_LENGTH } from '../cards/ideaListCard.js';
import type { BotServices } from '../botServices.js';
import type { PendingMessage } from './outboxDelivery.js';
import type { ScheduledReminder } from './reminder.js';

/** The digest reads boards as IdeaBar itself, which has voted for nothing. */
const DIGEST_READER = { userId: 'ideabar-digest', name: 'IdeaBar' };

/**
 * The period a digest covers, as its outbox occurrence: an ISO week (`2026-W48`) or a month (`2026-11`). A daily
 * schedule then sends each board's digest once per period, at the first run in it (Monday, or the 1st), and a run
 * that was missed is made up by the next.
 */
export function digestPeriod(frequency: Exclude<DigestFrequency, 'off'>, at: Date): string {
  if (frequency === 'monthly')
    return `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function digestReminder(schedule: string): ScheduledReminder {
  return {
    id: 'digest',
    schedule,
    async *messages(services, now) {
      for (const channel of await services.store.conversations.listBoardChannels()) {
        const frequency = channel.digest ?? services.settings.digestDefault;
        if (frequency === 'off' || !channel.boardId) continue;
        yield digestMessage(services, channel, frequency, now);
      }
    },
  };
}

function digestMessage(
  services: BotServices,
  channel: ConversationRecord,
  frequency: Exclude<DigestFrequency, 'off'>,
  now: Date,
): PendingMessage {
  const boardId = channel.boardId as string;
  return {
    tenantId: channel.tenantId,
    occurrence: digestPeriod(frequency, now),
    recipient: channel.key,
    reference: channel.reference,
    async compose() {
      const reader: Caller = { tenantId: channel.tenantId, ...DIGEST_READER };
      const board = await services.ideabar.repos.boards.find(channel.tenantId, boardId);
      if (!board) return null;
      const query = (sort: 'top' | 'trending') =>
        listIdeas(services.ideabar, reader, { boardId, sort, limit: LIST_LENGTH });
      const [top, trending] = await Promise.all([query('top'), query('trending')]);
      if (top.items.length === 0) return null;
      const card = digestCard(services.settings, {
        boardName: board.name,
        period: frequency === 'weekly' ? 'week' : 'month',
        top: top.items,
        trending: trending.items,
      });
      return { type: 'message', summary: `IdeaBar digest: ${board.name}`, attachments: [attachmentOf(card)] };
    },
  };
}
