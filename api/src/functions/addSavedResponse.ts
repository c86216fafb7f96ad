import { addSavedResponse as addSavedResponseUseCase } from '@ideabar/core';
import { created, type RouteDefinition } from '../http/route.js';

export const addSavedResponse: RouteDefinition = {
  name: 'addSavedResponse',
  method: 'POST',
  route: 'boards/{id}/saved-responses',
  auth: 'user',
  handle: async ({ caller, params, body }, { ideabar }) =>
    created(await addSavedResponseUseCase(ideabar, caller, params.id ?? '', body())),
};
