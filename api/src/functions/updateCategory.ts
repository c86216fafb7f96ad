import { updateCategory as updateCategoryUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const updateCategory: RouteDefinition = {
  name: 'updateCategory',
  method: 'PUT',
  route: 'boards/{id}/categories/{categoryId}',
  auth: 'user',
  handle: async ({ caller, params, body }, { ideabar }) =>
    ok(await updateCategoryUseCase(ideabar, caller, params.id ?? '', params.categoryId ?? '', body())),
};
