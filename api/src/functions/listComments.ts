import { listComments as listCommentsUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const listComments: RouteDefinition = {
  name: 'listComments',
  method: 'GET',
  route: 'ideas/{id}/comments',
  auth: 'user',
  handle: async ({ caller, params, query }, { ideabar }) =>
    ok(await listCommentsUseCase(ideabar, caller, params.id ?? '', query)),
};
