import {
  cycleMomentAfter,
  cycleMomentDue,
  cycleMomentOccurrence,
  cycleMoments,
  cycleResults,
  type Caller,
  type Cycle,
  type CycleMoment,
  type DueEntry,
  translatorFor,
} from '@ideabar/core';
import type { BotServices } from '../botServices.js';
import { attachmentOf, type AdaptiveCard } from '../cards/adaptiveCard.js';
import { cycleAnnouncementCard } from '../cards/cycleAnnouncementCard.js';
import { cycleResultsCard } from '../cards/cycleResultsCard.js';
import { LEADING_IDEAS, votingDeadlineCard } from '../cards/votingDeadlineCard.js';
import type { OutgoingActivity } from '../outbox/proactiveSender.js';
import { announcementChannelFor } from '../outbox/announcementChannel.js';
import type { ScheduledReminder } from './reminder.js';

export const CYCLE_REMINDER_ID = 'cycle';

/** Every quarter of an hour: a cycle's news reaches its channel within 15 minutes of its moment. */
export const CYCLE_REMINDER_SCHEDULE = '0 */15 * * * *';

/** Cycle standings are read as IdeaBar itself, which has voted for nothing. */
const READER = { userId: 'ideabar-cycles', name: 'IdeaBar' };

/** At most this many due cycles are read per run, earliest first; the rest wait for the next run. */
const DUE_READ_PER_RUN = 1_000;

/**
 * Tells a board's channel about its planning cycles: the announcement, the reminders before voting closes, and the
 * results (see cycleMoments). Each run reads the index of cycles whose next moment has come (see DueRepository), not
 * every cycle of every tenant, and posts the moment due now; the outbox keys it by (cycle moment, channel), so runs
 * can repeat and overlap. Once a moment is sent the cycle's entry moves to its next moment, and leaves the index
 * after the results. A board the bot has no channel for is skipped until it has one, while the moment holds.
 */
export function cycleReminder(schedule: string = CYCLE_REMINDER_SCHEDULE): ScheduledReminder {
  return {
    id: CYCLE_REMINDER_ID,
    schedule,
    async *messages(services, now) {
      const { due, cycles } = services.ideabar.repos;
      for (const entry of await due.listDue('cycle', now, DUE_READ_PER_RUN)) {
        const cycle = await cycles.find(entry.tenantId, entry.subjectId);
        const moment = cycle && cycleMomentDue(cycle, now);
        if (!cycle || !moment) {
          // Not opened after all, early (placed before a change), or past its results' catch-up.
          const upcoming = cycle && cycleMoments(cycle).find((next) => next.at.getTime() > now.getTime());
          await place(services, entry, upcoming);
          continue;
        }
        const channel = await announcementChannelFor(services, cycle.tenantId, cycle.boardId);
        if (!channel) continue;
        const occurrence = cycleMomentOccurrence(cycle.id, moment);
        const sent = await services.store.outbox.find({
          tenantId: cycle.tenantId,
          reminder: CYCLE_REMINDER_ID,
          occurrence,
          recipient: channel.key,
        });
        if (sent?.state === 'sent' || sent?.state === 'gone') {
          await place(services, entry, cycleMomentAfter(cycle, moment));
          continue;
        }
        yield {
          tenantId: cycle.tenantId,
          occurrence,
          recipient: channel.key,
          reference: channel.reference,
          compose: () => cycleMessage(services, cycle, moment, channel.locale),
        };
      }
    },
  };
}

/** Moves a cycle's entry to its next moment, or out of the index when there is none. */
async function place(services: BotServices, entry: DueEntry, next: CycleMoment | undefined): Promise<void> {
  const { due } = services.ideabar.repos;
  if (next) await due.set({ ...entry, dueAt: next.at }, entry);
  else await due.clear('cycle', entry.tenantId, entry.subjectId, entry);
}

async function cycleMessage(
  services: BotServices,
  cycle: Cycle,
  moment: CycleMoment,
  /** The channel's language (see ConversationRecord.locale). */
  locale: string | undefined,
): Promise<OutgoingActivity | null> {
  const board = await services.ideabar.repos.boards.find(cycle.tenantId, cycle.boardId);
  if (!board) return null;
  const { settings } = services;
  const { t } = translatorFor(locale);
  const input = { cycle, boardName: board.name, locale };
  let card: AdaptiveCard;
  let summary: string;
  // The cycle's ranking as everyone sees it: the announcement and the reminders offer votes on its leading ideas.
  const reader: Caller = { tenantId: cycle.tenantId, ...READER };
  const results = await cycleResults(services.ideabar, reader, cycle.id);
  const leading = results.shortlist.slice(0, LEADING_IDEAS);
  if (moment.kind === 'announcement') {
    card = cycleAnnouncementCard(settings, { ...input, leading });
    summary = t('notice.cycle.summary', { cycle: cycle.name });
  } else if (moment.kind === 'deadline') {
    const now = services.ideabar.clock.now();
    card = votingDeadlineCard(settings, { ...input, now, leading });
    summary = t('notice.deadline.summary', { cycle: cycle.name });
  } else {
    card = cycleResultsCard(settings, { ...input, shortlist: results.shortlist, ideas: results.ideas });
    summary = t('notice.results.summary', { cycle: cycle.name });
  }
  return { type: 'message', summary, attachments: [attachmentOf(card)] };
}
