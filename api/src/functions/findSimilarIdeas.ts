import { findSimilarIdeas as findSimilarIdeasUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

/** Ideas like the one being typed, for the submit forms of the tab and the bot. */
export const findSimilarIdeas: UserHandler = async ({ caller, query }, { ideabar }) =>
  ok({ items: await findSimilarIdeasUseCase(ideabar, caller, query) });
