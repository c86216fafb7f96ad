import { cycleResults as cycleResultsUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const cycleResults: UserHandler = async ({ caller, params }, { ideabar }) =>
  ok(await cycleResultsUseCase(ideabar, caller, params.id ?? ''));
