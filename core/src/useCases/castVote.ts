import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';
import { findIdea } from '../ideas/findIdea.js';

export interface VoteState {
  ideaId: string;
  votes: number;
  myVote: boolean;
}

/** Idempotent: a second vote by the same person, or a double-click, changes nothing. */
export async function castVote(ctx: IdeaBarContext, caller: Caller, ideaId: string): Promise<VoteState> {
  const { value: idea } = await findIdea(ctx, caller.tenantId, ideaId);
  await ctx.repos.votes.add({
    tenantId: caller.tenantId,
    ideaId,
    boardId: idea.boardId,
    userId: caller.userId,
    castAt: ctx.clock.now(),
  });
  // Recounted even when the vote was already there, so a retry after a fault also repairs the tally.
  const tallied = await ctx.tallies.refresh(caller.tenantId, ideaId);
  return { ideaId, votes: tallied.votes, myVote: true };
}
