import { withdrawVote as withdrawVoteUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const withdrawVote: RouteDefinition = {
  name: 'withdrawVote',
  method: 'DELETE',
  route: 'ideas/{id}/vote',
  auth: 'user',
  handle: async ({ caller, params }, { ideabar }) =>
    ok(await withdrawVoteUseCase(ideabar, caller, params.id ?? '')),
};
