import { approveIdea as approveIdeaUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

/** IT approves an idea waiting in a moderated board's queue. */
export const approveIdea: UserHandler = async ({ caller, params }, { ideabar }) =>
  ok(await approveIdeaUseCase(ideabar, caller, params.id ?? ''));
