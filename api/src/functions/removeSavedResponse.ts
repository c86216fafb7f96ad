import { removeSavedResponse as removeSavedResponseUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const removeSavedResponse: UserHandler = async ({ caller, params }, { ideabar }) =>
  ok(await removeSavedResponseUseCase(ideabar, caller, params.id ?? '', params.responseId ?? ''));
