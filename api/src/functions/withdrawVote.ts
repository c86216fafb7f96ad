import { withdrawVote as withdrawVoteUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const withdrawVote: UserHandler = async ({ caller, params }, { ideabar, bot }) => {
  const state = await withdrawVoteUseCase(ideabar, caller, params.id ?? '');
  // The idea's cards in channels show the new count soon after, once per burst (see CardCounts).
  bot.ideaCountChanged(caller.tenantId, state.ideaId);
  return ok(state);
};
