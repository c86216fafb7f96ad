import { getIdea as getIdeaUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const getIdea: RouteDefinition = {
  name: 'getIdea',
  method: 'GET',
  route: 'ideas/{id}',
  auth: 'user',
  handle: async ({ caller, params }, { ideabar }) =>
    ok(await getIdeaUseCase(ideabar, caller, params.id ?? '')),
};
