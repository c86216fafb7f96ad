import { roadmap as roadmapUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const roadmap: UserHandler = async ({ caller, query }, { ideabar }) =>
  ok({ lanes: await roadmapUseCase(ideabar, caller, query) });
