import type { IdeaBarContext } from '../context.js';
import { StaleVersionError, UnavailableError } from '../errors.js';
import { changeKindOf, ideaChanged } from '../outbox/outboxEvent.js';
import { ideaAnswered } from '../reminders/dueIndex.js';
import { awaitsFirstAnswer } from '../reminders/responseNudges.js';
import { votesClosedFor } from '../votes/tally.js';
import { findIdea } from './findIdea.js';
import { archiveChange } from './history.js';
import type { IdeaRecord, StatusChange } from './idea.js';

export interface Revision {
  idea: IdeaRecord;
  /** The status change this revision makes, if it makes one. */
  change?: Omit<StatusChange, 'tenantId' | 'ideaId' | 'id' | 'at'>;
}

const MAX_ATTEMPTS = 5;

/**
 * Changes an idea as one conditional write: read it, let `revise` decide (it may refuse by throwing), save only
 * if nobody changed the idea meanwhile, and try again from a fresh read if somebody did. A status change travels in
 * the idea's own write (lastChange), so it can never be half-made; the previous change is archived first, so the
 * row never forgets a change the archive lacks.
 */
export async function reviseIdea(
  ctx: IdeaBarContext,
  tenantId: string,
  ideaId: string,
  revise: (idea: IdeaRecord, now: Date) => Revision | Promise<Revision>,
): Promise<IdeaRecord> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const found = await findIdea(ctx, tenantId, ideaId);
    const now = ctx.clock.now();
    const revised = await revise(found.value, now);
    const { next, entry } = await preparedRevision(ctx, found.value, revised, now);
    try {
      await ctx.repos.ideas.save(next, found.version);
    } catch (error) {
      if (error instanceof StaleVersionError) continue;
      throw error;
    }
    if (entry) {
      // Delivered and duplicate ideas take no votes: the tally follows the status before anyone hears of it.
      const closedBefore = JSON.stringify(votesClosedFor(found.value));
      if (JSON.stringify(votesClosedFor(next)) !== closedBefore) await ctx.votes.followStatus(next);
      await archiveChange(ctx, entry);
    }
    if (wasAnswered(found.value, next)) await ideaAnswered(ctx, tenantId, ideaId);
    return next;
  }
  throw new UnavailableError('Someone else is changing this idea right now. Please try again.', 1);
}

/**
 * The idea as it will be written, carrying its status change (if any) as lastChange. The change it replaces is
 * archived first, so the row never forgets a change the archive lacks; the change's event (statusChanged, answered,
 * appealed, merged) is recorded before it, so a process that dies after the write cannot lose who hears of it.
 */
export async function preparedRevision(
  ctx: IdeaBarContext,
  current: IdeaRecord,
  { idea, change }: Revision,
  now: Date,
): Promise<{ next: IdeaRecord; entry: StatusChange | undefined }> {
  const entry: StatusChange | undefined = change && {
    ...change,
    tenantId: current.tenantId,
    ideaId: current.id,
    id: ctx.ids.next(now),
    at: now,
  };
  if (entry) {
    const event = ideaChanged(changeKindOf(entry.kind), { ...entry, changeId: entry.id }, now);
    await Promise.all([
      ctx.outbox.record(event),
      current.lastChange && ctx.repos.history.append(current.lastChange),
    ]);
  }
  return { next: { ...idea, updatedAt: now, lastChange: entry ?? current.lastChange }, entry };
}

/** Whether this revision is IT's first public answer, after which the idea is due no more nudges. */
export const wasAnswered = (before: IdeaRecord, after: IdeaRecord): boolean =>
  awaitsFirstAnswer(before) && !awaitsFirstAnswer(after);
