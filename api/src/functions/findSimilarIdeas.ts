import { findSimilarIdeas as findSimilarIdeasUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

/** Ideas like the one being typed, for the submit forms of the tab and the bot. */
export const findSimilarIdeas: RouteDefinition = {
  name: 'findSimilarIdeas',
  method: 'GET',
  route: 'similar-ideas',
  auth: 'user',
  handle: async ({ caller, query }, { ideabar }) =>
    ok({ items: await findSimilarIdeasUseCase(ideabar, caller, query) }),
};
