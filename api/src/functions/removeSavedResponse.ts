import { removeSavedResponse as removeSavedResponseUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const removeSavedResponse: RouteDefinition = {
  name: 'removeSavedResponse',
  method: 'DELETE',
  route: 'boards/{id}/saved-responses/{responseId}',
  auth: 'user',
  handle: async ({ caller, params }, { ideabar }) =>
    ok(await removeSavedResponseUseCase(ideabar, caller, params.id ?? '', params.responseId ?? '')),
};
