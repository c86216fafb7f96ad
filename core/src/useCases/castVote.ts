import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';
import { findVisibleIdea } from '../ideas/visibility.js';

export interface VoteState {
  ideaId: string;
  votes: number;
  myVote: boolean;
}

/**
 * Idempotent: a second vote by the same person, or a double-click, changes nothing. The vote row and the idea's
 * tally are one transaction (see IdeaVotes): the answer's count is exact, and a vote is never half-made.
 *
 * The idea (who may see it) is read beside what the first vote on it needs (its tally, its outbox event); on an
 * idea this process votes on already, all three are in memory and the vote costs one round trip to storage. A
 * delivered or merged idea refuses the vote with a VotesClosedError that says why, and names the idea to vote for.
 */
export async function castVote(ctx: IdeaBarContext, caller: Caller, ideaId: string): Promise<VoteState> {
  const { tenantId, userId } = caller;
  await Promise.all([findVisibleIdea(ctx, caller, ideaId, 'shared'), ctx.votes.prepare(tenantId, ideaId)]);
  const { tally, myVote } = await ctx.votes.cast(tenantId, ideaId, userId);
  return { ideaId, votes: tally.count, myVote };
}
