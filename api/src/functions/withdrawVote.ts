import { withdrawVote as withdrawVoteUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const withdrawVote: UserHandler = async ({ caller, params }, { ideabar }) =>
  ok(await withdrawVoteUseCase(ideabar, caller, params.id ?? ''));
