import { cycleResults as cycleResultsUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const cycleResults: RouteDefinition = {
  name: 'cycleResults',
  method: 'GET',
  route: 'cycles/{id}/results',
  auth: 'user',
  handle: async ({ caller, params }, { ideabar }) =>
    ok(await cycleResultsUseCase(ideabar, caller, params.id ?? '')),
};
