import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';
import { findVisibleIdea } from '../ideas/visibility.js';
import { historyOf } from '../ideas/history.js';
import { statusChangeView, viewOf, type IdeaView, type StatusChangeView } from '../ideas/idea.js';

export interface IdeaDetail extends IdeaView {
  history: StatusChangeView[];
}

export async function getIdea(ctx: IdeaBarContext, caller: Caller, ideaId: string): Promise<IdeaDetail> {
  const found = await findVisibleIdea(ctx, caller, ideaId);
  const [myVote, history] = await Promise.all([
    ctx.repos.votes.has(caller.tenantId, ideaId, caller.userId),
    historyOf(ctx, found.value),
  ]);
  return { ...viewOf(found.value, myVote), history: history.map(statusChangeView) };
}
