import { roadmap as roadmapUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const roadmap: RouteDefinition = {
  name: 'roadmap',
  method: 'GET',
  route: 'roadmap',
  auth: 'user',
  handle: async ({ caller, query }, { ideabar }) =>
    ok({ lanes: await roadmapUseCase(ideabar, caller, query) }),
};
