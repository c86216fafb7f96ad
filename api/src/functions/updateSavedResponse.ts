import { updateSavedResponse as updateSavedResponseUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const updateSavedResponse: UserHandler = async ({ caller, params, body }, { ideabar }) =>
  ok(await updateSavedResponseUseCase(ideabar, caller, params.id ?? '', params.responseId ?? '', body()));
