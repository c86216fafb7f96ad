import {
  cycleMomentDue,
  cycleMomentOccurrence,
  cycleResults,
  cyclesClosingSince,
  type Caller,
  type Cycle,
  type CycleMoment,
} from '@ideabar/core';
import type { BotServices } from '../botServices.js';
import { attachmentOf, type AdaptiveCard } from '../cards/adaptiveCard.js';
import { cycleAnnouncementCard } from '../cards/cycleAnnouncementCard.js';
import { cycleResultsCard } from '../cards/cycleResultsCard.js';
import { LEADING_IDEAS, votingDeadlineCard } from '../cards/votingDeadlineCard.js';
import type { OutgoingActivity } from '../proactive/botConnector.js';
import { announcementChannelFor } from './announcementChannel.js';
import type { ScheduledReminder } from './reminder.js';

export const CYCLE_REMINDER_ID = 'cycle';

/** Every quarter of an hour: a cycle's news reaches its channel within 15 minutes of its moment. */
export const CYCLE_REMINDER_SCHEDULE = '0 */15 * * * *';

/** Cycle standings are read as IdeaBar itself, which has voted for nothing. */
const READER = { userId: 'ideabar-cycles', name: 'IdeaBar' };

/**
 * Tells a board's channel about its planning cycles: the announcement, the reminders before voting closes, and the
 * results (see cycleMoments). Each run posts the moment due now for every cycle that is open or closed within the
 * catch-up; the outbox keys it by (cycle moment, channel), so runs can repeat and overlap. A board the bot has no
 * channel for is skipped until it has one, while the moment holds.
 */
export function cycleReminder(schedule: string = CYCLE_REMINDER_SCHEDULE): ScheduledReminder {
  return {
    id: CYCLE_REMINDER_ID,
    schedule,
    async *messages(services, now) {
      const cycles = await services.ideabar.repos.cycles.listClosingSince(cyclesClosingSince(now));
      for (const cycle of cycles) {
        const moment = cycleMomentDue(cycle, now);
        if (!moment) continue;
        const channel = await announcementChannelFor(services, cycle.tenantId, cycle.boardId);
        if (!channel) continue;
        yield {
          tenantId: cycle.tenantId,
          occurrence: cycleMomentOccurrence(cycle.id, moment),
          recipient: channel.key,
          reference: channel.reference,
          compose: () => cycleMessage(services, cycle, moment),
        };
      }
    },
  };
}

async function cycleMessage(
  services: BotServices,
  cycle: Cycle,
  moment: CycleMoment,
): Promise<OutgoingActivity | null> {
  const board = await services.ideabar.repos.boards.find(cycle.tenantId, cycle.boardId);
  if (!board) return null;
  const { settings } = services;
  const input = { cycle, boardName: board.name };
  let card: AdaptiveCard;
  let summary: string;
  if (moment.kind === 'announcement') {
    card = cycleAnnouncementCard(settings, input);
    summary = `Planning cycle open: ${cycle.name}`;
  } else {
    const reader: Caller = { tenantId: cycle.tenantId, ...READER };
    const results = await cycleResults(services.ideabar, reader, cycle.id);
    if (moment.kind === 'deadline') {
      const now = services.ideabar.clock.now();
      card = votingDeadlineCard(settings, {
        ...input,
        now,
        leading: results.shortlist.slice(0, LEADING_IDEAS),
      });
      summary = `Voting closes soon: ${cycle.name}`;
    } else {
      card = cycleResultsCard(settings, { ...input, shortlist: results.shortlist, ideas: results.ideas });
      summary = `Planning cycle results: ${cycle.name}`;
    }
  }
  return { type: 'message', summary, attachments: [attachmentOf(card)] };
}
