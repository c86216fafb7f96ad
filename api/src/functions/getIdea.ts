import { getIdea as getIdeaUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const getIdea: UserHandler = async ({ caller, params }, { ideabar }) =>
  ok(await getIdeaUseCase(ideabar, caller, params.id ?? ''));
