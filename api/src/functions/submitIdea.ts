import { submitIdea as submitIdeaUseCase } from '@ideabar/core';
import { created, type UserHandler } from '../http/route.js';

export const submitIdea: UserHandler = async ({ caller, body }, { ideabar }) =>
  created(await submitIdeaUseCase(ideabar, caller, body()));
