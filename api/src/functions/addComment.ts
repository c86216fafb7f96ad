import { addComment as addCommentUseCase } from '@ideabar/core';
import { created, type UserHandler } from '../http/route.js';

export const addComment: UserHandler = async ({ caller, params, body }, { ideabar }) =>
  created(await addCommentUseCase(ideabar, caller, params.id ?? '', body()));
