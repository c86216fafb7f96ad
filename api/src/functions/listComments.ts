import { listComments as listCommentsUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const listComments: UserHandler = async ({ caller, params, query }, { ideabar }) =>
  ok(await listCommentsUseCase(ideabar, caller, params.id ?? '', query));
