import { getInsights as getInsightsUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const getInsights: RouteDefinition = {
  name: 'getInsights',
  method: 'GET',
  route: 'insights',
  auth: 'user',
  handle: async ({ caller, query }, { ideabar }) => ok(await getInsightsUseCase(ideabar, caller, query)),
};
