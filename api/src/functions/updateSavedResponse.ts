import { updateSavedResponse as updateSavedResponseUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const updateSavedResponse: RouteDefinition = {
  name: 'updateSavedResponse',
  method: 'PUT',
  route: 'boards/{id}/saved-responses/{responseId}',
  auth: 'user',
  handle: async ({ caller, params, body }, { ideabar }) =>
    ok(await updateSavedResponseUseCase(ideabar, caller, params.id ?? '', params.responseId ?? '', body())),
};
