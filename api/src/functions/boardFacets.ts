import { boardFacets as boardFacetsUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const boardFacets: RouteDefinition = {
  name: 'boardFacets',
  method: 'GET',
  route: 'boards/{id}/facets',
  auth: 'user',
  handle: async ({ caller, params }, { ideabar }) =>
    ok(await boardFacetsUseCase(ideabar, caller, params.id ?? '')),
};
