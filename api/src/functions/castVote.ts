import { castVote as castVoteUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const castVote: UserHandler = async ({ caller, params }, { ideabar }) =>
  ok(await castVoteUseCase(ideabar, caller, params.id ?? ''));
