import { listIdeas as listIdeasUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const listIdeas: RouteDefinition = {
  name: 'listIdeas',
  method: 'GET',
  route: 'ideas',
  auth: 'user',
  handle: async ({ caller, query }, { ideabar }) => ok(await listIdeasUseCase(ideabar, caller, query)),
};
