import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';
import { findVisibleIdea } from '../ideas/visibility.js';
import type { VoteState } from './castVote.js';

/** Idempotent: withdrawing a vote that is not there changes nothing. The same transaction as a vote, in reverse. */
export async function withdrawVote(ctx: IdeaBarContext, caller: Caller, ideaId: string): Promise<VoteState> {
  const { tenantId, userId } = caller;
  await Promise.all([findVisibleIdea(ctx, caller, ideaId, 'shared'), ctx.votes.prepare(tenantId, ideaId)]);
  const { tally, myVote } = await ctx.votes.withdraw(tenantId, ideaId, userId);
  return { ideaId, votes: tally.count, myVote };
}
