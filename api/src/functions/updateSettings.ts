import { updateSettings as updateSettingsUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const updateSettings: UserHandler = async ({ caller, body }, { ideabar }) =>
  ok(await updateSettingsUseCase(ideabar, caller, body()));
