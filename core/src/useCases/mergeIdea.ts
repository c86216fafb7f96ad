import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import {
  ConflictError,
  NotFoundError,
  StaleVersionError,
  UnavailableError,
  ValidationError,
} from '../errors.js';
import { idSchema, personOf, type Caller } from '../identity.js';
import { inGroups } from '../inGroups.js';
import { findIdea } from '../ideas/findIdea.js';
import { archiveChange } from '../ideas/history.js';
import { viewOf, type IdeaRecord, type IdeaView } from '../ideas/idea.js';
import { preparedRevision, wasAnswered } from '../ideas/reviseIdea.js';
import { ideaAnswered } from '../reminders/dueIndex.js';
import { responseSchema } from '../ideas/triageInput.js';
import { requireItMember } from '../members/requireItMember.js';
import type { FollowerRepository, Versioned } from '../ports.js';
import { parseInput } from '../validation.js';

export const mergeIdeaInput = z.object(
  { into: idSchema, response: responseSchema },
  { error: 'Send {into, response} as a JSON object.' },
);

export interface MergeResult {
  duplicate: IdeaView;
  into: IdeaView;
}

/** How many vote moves run at once: enough to be quick, few enough to stay inside storage's partition limits. */
const MOVES_AT_ONCE = 16;

const MAX_ATTEMPTS = 5;

/**
 * IT merges an idea into the one it duplicates, on the same board. The decision is one conditional write of both
 * ideas (the duplicate marked, the kept idea touched), made only if neither changed since it was read: of two
 * merges that cross (X into Y and Y into X at once) exactly one is made and the other is refused, where checking
 * each idea alone let both through and left two duplicates pointing at each other. Then the duplicate's tally is
 * closed to votes and its votes move (IdeaVotes.moveVotes: someone who voted for both still counts once).
 * Every step is safe to repeat: merging again into the same idea finishes an interrupted merge.
 */
export async function mergeIdea(
  ctx: IdeaBarContext,
  caller: Caller,
  ideaId: string,
  input: unknown,
): Promise<MergeResult> {
  await requireItMember(ctx, caller, 'merge ideas');
  const { into, response } = parseInput(mergeIdeaInput, input);
  if (into === ideaId)
    throw new ValidationError([{ field: 'into', message: 'Merge into a different idea.' }]);
  const duplicate = await markDuplicate(ctx, caller, ideaId, into, response);

  // The duplicate's tally is closed first, so no vote lands on it; then its votes move, each counted once.
  await ctx.votes.followStatus(duplicate);
  const kept = await ctx.votes.moveVotes(caller.tenantId, ideaId, into);
  const [intoNow, myVote] = await Promise.all([
    findIdea(ctx, caller.tenantId, into),
    ctx.repos.votes.has(caller.tenantId, into, caller.userId),
  ]);
  return {
    duplicate: viewOf({ ...duplicate, votes: 0 }, false),
    into: viewOf({ ...intoNow.value, votes: kept?.count ?? intoNow.value.votes }, myVote),
  };
}

/** The merge decision itself: both ideas as read, written together or not at all. Answers the duplicate. */
async function markDuplicate(
  ctx: IdeaBarContext,
  caller: Caller,
  ideaId: string,
  into: string,
  response: string,
): Promise<IdeaRecord> {
  const { tenantId } = caller;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const [found, target] = await Promise.all([
      findIdea(ctx, tenantId, ideaId),
      findTarget(ctx, tenantId, into),
    ]);
    const current = found.value;
    if (target.value.boardId !== current.boardId) {
      throw new ValidationError([{ field: 'into', message: 'Merge into an idea on the same board.' }]);
    }
    if (target.value.status === 'duplicate') {
      if (target.value.triage.duplicateOf === ideaId) {
        throw new ConflictError(
          'That idea has just been merged into this one, so this one cannot be merged into it.',
          'merged_into_this',
        );
      }
      throw new ValidationError([
        {
          field: 'into',
          message: `That idea is itself a duplicate; merge into ${target.value.triage.duplicateOf}.`,
        },
      ]);
    }
    if (current.status === 'duplicate') {
      if (current.triage.duplicateOf === into) return current;
      throw new ConflictError('This idea was merged into another idea already.', 'merged_already');
    }
    const now = ctx.clock.now();
    const { next, entry } = await preparedRevision(
      ctx,
      current,
      {
        idea: {
          ...current,
          status: 'duplicate',
          triage: {
            ...current.triage,
            duplicateOf: into,
            firstResponseAt: current.triage.firstResponseAt ?? now,
          },
        },
        change: {
          from: current.status,
          to: 'duplicate',
          by: personOf(caller),
          response,
          kind: 'merge',
          decline: null,
        },
      },
      now,
    );
    try {
      await ctx.repos.ideas.saveTogether([
        { value: next, version: found.version },
        // Written unchanged but for the time, so that a merge the other way, read before this one, is refused.
        { value: { ...target.value, updatedAt: now }, version: target.version },
      ]);
    } catch (error) {
      if (error instanceof StaleVersionError) continue;
      throw error;
    }
    if (entry) await archiveChange(ctx, entry);
    if (wasAnswered(current, next)) await ideaAnswered(ctx, tenantId, ideaId);
    return next;
  }
  throw new UnavailableError('Someone else is changing these ideas right now. Please try again.', 1);
}

function findTarget(ctx: IdeaBarContext, tenantId: string, into: string): Promise<Versioned<IdeaRecord>> {
  return findIdea(ctx, tenantId, into).catch((error: unknown) => {
    if (error instanceof NotFoundError) {
      throw new ValidationError([{ field: 'into', message: 'There is no idea with this id.' }]);
    }
    throw error;
  });
}

/**
 * The duplicate's followers follow the idea it was merged into instead, so they hear of its progress. Followers
 * are the bot's, not the domain's, so the bot calls this when it hears of the merge. Safe to repeat; an idea that
 * is no duplicate (or no longer exists) moves nobody. Answers who moved.
 */
export async function moveFollowers(
  ctx: IdeaBarContext,
  followers: FollowerRepository,
  tenantId: string,
  duplicateId: string,
): Promise<string[]> {
  const found = await ctx.repos.ideas.find(tenantId, duplicateId);
  const into = found?.value.status === 'duplicate' ? found.value.triage.duplicateOf : null;
  if (!into) return [];
  const moving = await followers.list(tenantId, duplicateId);
  await inGroups(moving, MOVES_AT_ONCE, (userId) => followers.set(tenantId, into, userId, true));
  await inGroups(moving, MOVES_AT_ONCE, (userId) => followers.set(tenantId, duplicateId, userId, false));
  return moving;
}
