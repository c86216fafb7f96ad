import {
  conversationKeys,
  latestDigest,
  listIdeas,
  type Board,
  type Caller,
  type DigestOccurrence,
  translatorFor,
} from '@ideabar/core';
import { attachmentOf } from '../cards/adaptiveCard.js';
import { digestCard, type DigestPeriod } from '../cards/digestCard.js';
import { LIST_LENGTH } from '../cards/ideaListCard.js';
import type { BotServices } from '../botServices.js';
import { announcementChannelOf } from '../outbox/announcementChannel.js';
import type { PendingMessage } from '../outbox/outboxDelivery.js';
import type { ScheduledReminder } from './reminder.js';

/** The digest reads boards as IdeaBar itself, which has voted for nothing. */
const DIGEST_READER = { userId: 'ideabar-digest', name: 'IdeaBar' };

/**
 * How late a digest may still go out. Longer than a day, so a timer that was down for hours (or runs only daily)
 * still sends the morning's digest; shorter than two days, so a board never gets yesterday's and today's at once.
 */
export const DIGEST_CATCH_UP_MS = 26 * 60 * 60_000;

const HOUR_MS = 60 * 60_000;

/** A digest's outbox occurrence: the fire time it is for, in UTC to the minute (`2026-11-23T08:00Z`). */
export const digestOccurrence = (at: Date): string => `${at.toISOString().slice(0, 16)}Z`;

/**
 * Each board's digest, on the board's own schedule in its time zone, to its announcement channel. The timer runs
 * often (every 15 minutes by default) and asks each time which boards' latest fire time has passed within the
 * catch-up window; the outbox, keyed by board and fire time, sends each one once however often or late runs come.
 * Schedules and channels are read from storage on every run, so a change in settings needs no restart.
 */
export function digestReminder(schedule: string): ScheduledReminder {
  return {
    id: 'digest',
    schedule,
    async *messages(services, now) {
      for (const [tenantId, installed] of await boardsWithChannels(services)) {
        for (const board of await services.ideabar.repos.boards.list(tenantId)) {
          if (!installed.has(board.id)) continue;
          let message: PendingMessage | null = null;
          try {
            message = await digestOf(services, board, now);
          } catch (error) {
            // One board's bad data must not keep the others' digests back.
            services.faults(error);
          }
          if (message) yield message;
        }
      }
    },
  };
}

/** The boards the bot was installed for, per tenant: the only ones it can post a digest for. */
async function boardsWithChannels(services: BotServices): Promise<Map<string, Set<string>>> {
  const boards = new Map<string, Set<string>>();
  for (const channel of await services.store.conversations.listBoardChannels()) {
    if (!channel.boardId) continue;
    const ids = boards.get(channel.tenantId) ?? new Set<string>();
    ids.add(channel.boardId);
    boards.set(channel.tenantId, ids);
  }
  return boards;
}

async function digestOf(services: BotServices, board: Board, now: Date): Promise<PendingMessage | null> {
  const due = latestDigest(board.digestSchedule, board.timeZone, now);
  if (!due || now.getTime() - due.at.getTime() > DIGEST_CATCH_UP_MS) return null;
  const channel = await announcementChannelOf(services, board);
  if (!channel) return null;
  return {
    tenantId: board.tenantId,
    occurrence: digestOccurrence(due.at),
    // The board, not the channel, is who gets it: moving the board's channel does not send the same digest twice.
    recipient: conversationKeys.board(board.id),
    reference: channel.reference,
    async compose() {
      const reader: Caller = { tenantId: board.tenantId, ...DIGEST_READER };
      const query = (sort: 'top' | 'trending') =>
        listIdeas(services.ideabar, reader, { boardId: board.id, sort, limit: LIST_LENGTH });
      const [top, trending] = await Promise.all([query('top'), query('trending')]);
      if (top.items.length === 0) return null;
      const card = digestCard(services.settings, {
        boardName: board.name,
        period: periodOf(due),
        top: top.items,
        trending: trending.items,
        locale: channel.locale,
      });
      const summary = translatorFor(channel.locale).t('notice.digest.title', { board: board.name });
      return { type: 'message', summary, attachments: [attachmentOf(card)] };
    },
  };
}

/** What the digest calls the time since the previous one: daily, weekly (or a few days), or longer. */
function periodOf(due: DigestOccurrence): DigestPeriod {
  if (!due.previous) return 'week';
  const gap = due.at.getTime() - due.previous.getTime();
  if (gap <= 25 * HOUR_MS) return 'day';
  if (gap <= 7 * 24 * HOUR_MS + HOUR_MS) return 'week';
  return 'month';
}
