import { openCycle as openCycleUseCase } from '@ideabar/core';
import { created, type RouteDefinition } from '../http/route.js';

export const openCycle: RouteDefinition = {
  name: 'openCycle',
  method: 'POST',
  route: 'cycles',
  auth: 'user',
  handle: async ({ caller, body }, { ideabar }) => created(await openCycleUseCase(ideabar, caller, body())),
};
