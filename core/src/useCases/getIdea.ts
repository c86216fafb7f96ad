import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';
import { findVisibleIdea } from '../ideas/visibility.js';
import { historyOf } from '../ideas/history.js';
import { statusChangeView, viewOf, type IdeaView, type StatusChangeView } from '../ideas/idea.js';
import { behindTally, followVotes } from '../votes/followVotes.js';

export interface IdeaDetail extends IdeaView {
  history: StatusChangeView[];
}

/**
 * The idea with its history. Its tally is read beside it: an idea row whose copy of the count is behind (a process
 * died between a vote and its follow-up, or the data is from before tally rows) is brought right on the spot.
 */
export async function getIdea(ctx: IdeaBarContext, caller: Caller, ideaId: string): Promise<IdeaDetail> {
  const found = await findVisibleIdea(ctx, caller, ideaId);
  const [myVote, history, tally] = await Promise.all([
    ctx.repos.votes.has(caller.tenantId, ideaId, caller.userId),
    historyOf(ctx, found.value),
    ctx.repos.votes.findTally(caller.tenantId, ideaId),
  ]);
  let idea = found.value;
  if (behindTally(idea, tally?.value)) {
    await followVotes(ctx, caller.tenantId, ideaId).catch((error: unknown) => ctx.faults.report(error));
    const followed = await ctx.repos.votes.findTally(caller.tenantId, ideaId);
    if (followed) idea = { ...idea, votes: followed.value.count };
  }
  return { ...viewOf(idea, myVote), history: history.map(statusChangeView) };
}
