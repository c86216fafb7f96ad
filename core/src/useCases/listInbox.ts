import { workingDaysOf } from '../calendar/workingDays.js';
import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { idSchema, type Caller } from '../identity.js';
import { viewOf, type IdeaRecord, type IdeaView } from '../ideas/idea.js';
import { addBusinessDays, businessDaysBetween } from '../insights/businessDays.js';
import { requireItMember } from '../members/requireItMember.js';
import { tenantSettingsOf } from '../settings/tenantSettingsOf.js';
import { parseInput } from '../validation.js';
import { ideasOf } from './getInsights.js';

export const inboxQuery = z.object({
  boardId: idSchema.optional(),
  /** `true`: only ideas whose IT partner is the caller. */
  mine: z
    .enum(['true', 'false'], { error: 'Use true or false.' })
    .transform((value) => value === 'true')
    .optional(),
});

/**
 * Where a waiting idea stands against the response SLA: within it, in its last business day (due soon), or past
 * it (overdue). The same business-day count as insights and the reminders.
 */
export type SlaState = 'on_time' | 'due_soon' | 'overdue';

export interface InboxItem {
  idea: IdeaView;
  /** Business days since it was submitted, to one decimal. */
  waitingBusinessDays: number;
  /** When the SLA runs out for it. */
  dueAt: string;
  sla: SlaState;
}

export interface Inbox {
  items: InboxItem[];
  slaBusinessDays: number;
}

export function slaStateOf(waitingBusinessDays: number, slaBusinessDays: number): SlaState {
  if (waitingBusinessDays > slaBusinessDays) return 'overdue';
  if (waitingBusinessDays > slaBusinessDays - 1) return 'due_soon';
  return 'on_time';
}

/** Waiting for IT's first public answer: never answered, and not folded into another idea. */
export const waitsForFirstAnswer = (idea: IdeaRecord): boolean =>
  idea.triage.firstResponseAt === null && idea.status !== 'duplicate';

/**
 * IT's inbox: the ideas waiting for a first answer, oldest first, on one board or all of them, optionally only
 * those the caller partners on. The same ideas insights count as waiting.
 */
export async function listInbox(ctx: IdeaBarContext, caller: Caller, query: unknown): Promise<Inbox> {
  await requireItMember(ctx, caller, 'see the inbox of ideas waiting for an answer');
  const { boardId, mine } = parseInput(inboxQuery, query, 'query');
  const [ideas, settings] = await Promise.all([
    ideasOf(ctx, caller.tenantId, boardId),
    tenantSettingsOf(ctx, caller.tenantId),
  ]);
  const sla = settings.value.responseSlaBusinessDays;
  const workingDays = workingDaysOf(settings.value);
  const now = ctx.clock.now();
  const waiting = ideas
    .filter(waitsForFirstAnswer)
    .filter((idea) => !mine || idea.triage.itPartner?.id === caller.userId)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const boards = [...new Set(waiting.map((idea) => idea.boardId))];
  const votedPerBoard = await Promise.all(
    boards.map((id) => ctx.repos.votes.votedIdeaIds(caller.tenantId, caller.userId, id)),
  );
  const voted = new Set(votedPerBoard.flatMap((ids) => [...ids]));
  return {
    slaBusinessDays: sla,
    items: waiting.map((idea) => {
      const days = businessDaysBetween(idea.createdAt, now, workingDays);
      return {
        idea: viewOf(idea, voted.has(idea.id)),
        waitingBusinessDays: Math.round(days * 10) / 10,
        dueAt: addBusinessDays(idea.createdAt, sla, workingDays).toISOString(),
        sla: slaStateOf(days, sla),
      };
    }),
  };
}
