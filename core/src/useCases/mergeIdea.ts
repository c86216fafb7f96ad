import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import { idSchema, personOf, type Caller } from '../identity.js';
import { findIdea } from '../ideas/findIdea.js';
import { viewOf, type IdeaView } from '../ideas/idea.js';
import { reviseIdea } from '../ideas/reviseIdea.js';
import { responseSchema } from '../ideas/triageInput.js';
import { requireItMember } from '../members/requireItMember.js';
import type { FollowerRepository } from '../ports.js';
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

/**
 * IT merges an idea into the one it duplicates. The duplicate is marked first, so it takes no new votes; then its
 * votes move (someone who voted for both still counts once, as a vote is one record per person); then they leave
 * the duplicate. Every step is safe to repeat: merging again into the same idea finishes an interrupted merge.
 */
export async function mergeIdea(
  ctx: IdeaBarContext,
  caller: Caller,
  ideaId: string,
  input: unknown,
): Promise<MergeResult> {
  const { into, response } = parseInput(mergeIdeaInput, input);
  await requireItMember(ctx, caller, 'merge ideas');
  if (into === ideaId)
    throw new ValidationError([{ field: 'into', message: 'Merge into a different idea.' }]);
  const target = await findIdea(ctx, caller.tenantId, into).catch((error: unknown) => {
    if (error instanceof NotFoundError) {
      throw new ValidationError([{ field: 'into', message: 'There is no idea with this id.' }]);
    }
    throw error;
  });
  if (target.value.status === 'duplicate') {
    throw new ValidationError([
      {
        field: 'into',
        message: `That idea is itself a duplicate; merge into ${target.value.triage.duplicateOf}.`,
      },
    ]);
  }

  const duplicate = await reviseIdea(ctx, caller.tenantId, ideaId, (current, now) => {
    if (current.status === 'duplicate') {
      if (current.triage.duplicateOf === into) return { idea: current };
      throw new ConflictError('This idea was merged into another idea already.');
    }
    return {
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
    };
  });

  const voters = await ctx.repos.votes.voters(caller.tenantId, ideaId);
  await inGroups(voters, async (vote) => {
    await ctx.repos.votes.add({ ...vote, ideaId: into });
    await ctx.repos.votes.setOnVoterList({ ...vote, boardId: target.value.boardId, ideaId: into }, true);
  });
  await inGroups(voters, async (vote) => {
    await ctx.repos.votes.remove(caller.tenantId, ideaId, vote.userId);
    await ctx.repos.votes.setOnVoterList({ ...vote, boardId: duplicate.boardId, ideaId }, false);
  });

  const [merged, kept, myVote] = await Promise.all([
    ctx.tallies.refresh(caller.tenantId, ideaId),
    ctx.tallies.refresh(caller.tenantId, into),
    ctx.repos.votes.has(caller.tenantId, into, caller.userId),
  ]);
  return { duplicate: viewOf(merged, false), into: viewOf(kept, myVote) };
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
  await inGroups(moving, (userId) => followers.set(tenantId, into, userId, true));
  await inGroups(moving, (userId) => followers.set(tenantId, duplicateId, userId, false));
  return moving;
}

async function inGroups<T>(items: T[], move: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += MOVES_AT_ONCE) {
    await Promise.all(items.slice(start, start + MOVES_AT_ONCE).map(move));
  }
}
