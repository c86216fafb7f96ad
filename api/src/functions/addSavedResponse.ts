import { addSavedResponse as addSavedResponseUseCase } from '@ideabar/core';
import { created, type UserHandler } from '../http/route.js';

export const addSavedResponse: UserHandler = async ({ caller, params, body }, { ideabar }) =>
  created(await addSavedResponseUseCase(ideabar, caller, params.id ?? '', body()));
