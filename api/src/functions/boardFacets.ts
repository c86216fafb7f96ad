import { boardFacets as boardFacetsUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const boardFacets: UserHandler = async ({ caller, params }, { ideabar }) =>
  ok(await boardFacetsUseCase(ideabar, caller, params.id ?? ''));
