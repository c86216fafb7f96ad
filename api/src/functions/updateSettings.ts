import { updateSettings as updateSettingsUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const updateSettings: RouteDefinition = {
  name: 'updateSettings',
  method: 'PUT',
  route: 'settings',
  auth: 'user',
  handle: async ({ caller, body }, { ideabar }) => ok(await updateSettingsUseCase(ideabar, caller, body())),
};
