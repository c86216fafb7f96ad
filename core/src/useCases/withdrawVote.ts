import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';
import { findVisibleIdea } from '../ideas/visibility.js';
import type { VoteState } from './castVote.js';

/** Idempotent: withdrawing a vote that is not there changes nothing. */
export async function withdrawVote(ctx: IdeaBarContext, caller: Caller, ideaId: string): Promise<VoteState> {
  const { tenantId, userId } = caller;
  const found = await findVisibleIdea(ctx, caller, ideaId, 'shared');
  await ctx.repos.votes.remove(tenantId, ideaId, userId);
  const entry = { tenantId, userId, boardId: found.value.boardId, ideaId };
  const [tallied] = await Promise.all([
    ctx.tallies.refresh(tenantId, ideaId, found),
    ctx.repos.votes.setOnVoterList(entry, false),
  ]);
  return { ideaId, votes: tallied.votes, myVote: false };
}
