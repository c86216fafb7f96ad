import { updateBoard as updateBoardUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const updateBoard: RouteDefinition = {
  name: 'updateBoard',
  method: 'PUT',
  route: 'boards/{id}',
  auth: 'user',
  handle: async ({ caller, params, body }, { ideabar }) =>
    ok(await updateBoardUseCase(ideabar, caller, params.id ?? '', body())),
};
