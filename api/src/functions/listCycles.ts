import { listCycles as listCyclesUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const listCycles: RouteDefinition = {
  name: 'listCycles',
  method: 'GET',
  route: 'cycles',
  auth: 'user',
  handle: async ({ caller, query }, { ideabar }) =>
    ok({ items: await listCyclesUseCase(ideabar, caller, query) }),
};
