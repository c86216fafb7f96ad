import { listSavedResponses as listSavedResponsesUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

/** A board's saved responses, for IT to pick from when answering. */
export const listSavedResponses: RouteDefinition = {
  name: 'listSavedResponses',
  method: 'GET',
  route: 'boards/{id}/saved-responses',
  auth: 'user',
  handle: async ({ caller, params }, { ideabar }) =>
    ok(await listSavedResponsesUseCase(ideabar, caller, params.id ?? '')),
};
