import { submitIdea as submitIdeaUseCase } from '@ideabar/core';
import { created, type RouteDefinition } from '../http/route.js';

export const submitIdea: RouteDefinition = {
  name: 'submitIdea',
  method: 'POST',
  route: 'ideas',
  auth: 'user',
  handle: async ({ caller, body }, { ideabar }) => created(await submitIdeaUseCase(ideabar, caller, body())),
};
