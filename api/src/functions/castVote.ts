import { castVote as castVoteUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const castVote: RouteDefinition = {
  name: 'castVote',
  method: 'PUT',
  route: 'ideas/{id}/vote',
  auth: 'user',
  handle: async ({ caller, params }, { ideabar }) =>
    ok(await castVoteUseCase(ideabar, caller, params.id ?? '')),
};
