import { addComment as addCommentUseCase } from '@ideabar/core';
import { created, type RouteDefinition } from '../http/route.js';

export const addComment: RouteDefinition = {
  name: 'addComment',
  method: 'POST',
  route: 'ideas/{id}/comments',
  auth: 'user',
  limit: 'comments',
  handle: async ({ caller, params, body }, { ideabar }) =>
    created(await addCommentUseCase(ideabar, caller, params.id ?? '', body())),
};
