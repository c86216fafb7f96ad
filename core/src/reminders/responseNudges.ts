import { MONDAY_TO_FRIDAY, type WorkingDays } from '../calendar/workingDays.js';
import type { Person } from '../identity.js';
import type { IdeaRecord } from '../ideas/idea.js';
import { addBusinessDays, businessDaysBetween } from '../insights/businessDays.js';

export type NudgeStage = 'before' | 'after';

/** One reminder to IT that an idea is waiting for its first public answer. */
export interface ResponseNudge {
  ideaId: string;
  boardId: string;
  title: string;
  stage: NudgeStage;
  /** The idea's IT partner, or null for the board's IT channel. */
  recipient: Person | null;
  /** Business days the idea has waited. */
  waitedBusinessDays: number;
}

/** Whether the idea still waits for IT's first public answer, and so may be due a nudge. */
export const awaitsFirstAnswer = (idea: IdeaRecord): boolean =>
  idea.status === 'new' && !idea.triage.firstResponseAt;

/**
 * When the idea's next nudge comes due under a response SLA, once the stage `done` has been sent (null: none yet);
 * null when no nudge is left for it. The moments match responseNudgesDue: "before" from all but the last business day
 * of the SLA, "after" once it has waited longer than the SLA.
 */
export function nextNudgeAt(
  idea: IdeaRecord,
  slaBusinessDays: number,
  done: NudgeStage | null,
  days: WorkingDays = MONDAY_TO_FRIDAY,
): Date | null {
  if (!awaitsFirstAnswer(idea) || done === 'after') return null;
  if (done === 'before')
    return new Date(addBusinessDays(idea.createdAt, slaBusinessDays, days).getTime() + 1);
  return addBusinessDays(idea.createdAt, Math.max(0, slaBusinessDays - 1), days);
}

/**
 * The nudges due at `at` under a response SLA: "before", once an idea has waited all but the last business day of
 * the SLA; "after", once it has waited longer than the SLA. An idea answered in public, or merged away, is due
 * nothing. The sender keys each nudge by (idea, stage), so however often a timer asks, each is sent once.
 */
export function responseNudgesDue(
  ideas: readonly IdeaRecord[],
  at: Date,
  slaBusinessDays: number,
  days: WorkingDays = MONDAY_TO_FRIDAY,
): ResponseNudge[] {
  const nudges: ResponseNudge[] = [];
  for (const idea of ideas) {
    if (idea.triage.firstResponseAt || idea.status === 'duplicate') continue;
    const waited = businessDaysBetween(idea.createdAt, at, days);
    const stage: NudgeStage | null =
      waited > slaBusinessDays ? 'after' : waited >= Math.max(0, slaBusinessDays - 1) ? 'before' : null;
    if (!stage) continue;
    nudges.push({
      ideaId: idea.id,
      boardId: idea.boardId,
      title: idea.title,
      stage,
      recipient: idea.triage.itPartner,
      waitedBusinessDays: Math.round(waited * 10) / 10,
    });
  }
  return nudges;
}
