import { getSettings as getSettingsUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const getSettings: UserHandler = async ({ caller }, { ideabar }) =>
  ok(await getSettingsUseCase(ideabar, caller));
