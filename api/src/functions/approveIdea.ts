import { approveIdea as approveIdeaUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

/** IT approves an idea waiting in a moderated board's queue. */
export const approveIdea: RouteDefinition = {
  name: 'approveIdea',
  method: 'POST',
  route: 'ideas/{id}/approve',
  auth: 'user',
  handle: async ({ caller, params }, { ideabar }) =>
    ok(await approveIdeaUseCase(ideabar, caller, params.id ?? '')),
};
