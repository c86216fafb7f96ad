import { castVote as castVoteUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const castVote: UserHandler = async ({ caller, params }, { ideabar, bot }) => {
  const state = await castVoteUseCase(ideabar, caller, params.id ?? '');
  // The idea's cards in channels show the new count soon after, once per burst (see CardCounts).
  bot.ideaCountChanged(caller.tenantId, state.ideaId);
  return ok(state);
};
