import { getSettings as getSettingsUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const getSettings: RouteDefinition = {
  name: 'getSettings',
  method: 'GET',
  route: 'settings',
  auth: 'user',
  handle: async ({ caller }, { ideabar }) => ok(await getSettingsUseCase(ideabar, caller)),
};
