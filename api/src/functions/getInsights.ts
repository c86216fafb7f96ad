import { getInsights as getInsightsUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const getInsights: UserHandler = async ({ caller, query }, { ideabar }) =>
  ok(await getInsightsUseCase(ideabar, caller, query));
