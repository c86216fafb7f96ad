import { listIdeas as listIdeasUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const listIdeas: UserHandler = async ({ caller, query }, { ideabar }) =>
  ok(await listIdeasUseCase(ideabar, caller, query));
