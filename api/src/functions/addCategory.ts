import { addCategory as addCategoryUseCase } from '@ideabar/core';
import { created, type RouteDefinition } from '../http/route.js';

export const addCategory: RouteDefinition = {
  name: 'addCategory',
  method: 'POST',
  route: 'boards/{id}/categories',
  auth: 'user',
  handle: async ({ caller, params, body }, { ideabar }) =>
    created(await addCategoryUseCase(ideabar, caller, params.id ?? '', body())),
};
