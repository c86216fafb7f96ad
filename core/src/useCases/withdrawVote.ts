import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';
import { findIdea } from '../ideas/findIdea.js';
import type { VoteState } from './castVote.js';

/** Idempotent: withdrawing a vote that is not there changes nothing. */
export async function withdrawVote(ctx: IdeaBarContext, caller: Caller, ideaId: string): Promise<VoteState> {
  const { value: idea } = await findIdea(ctx, caller.tenantId, ideaId);
  await ctx.repos.votes.remove(caller.tenantId, idea.boardId, ideaId, caller.userId);
  const tallied = await ctx.tallies.refresh(caller.tenantId, ideaId);
  return { ideaId, votes: tallied.votes, myVote: false };
}
