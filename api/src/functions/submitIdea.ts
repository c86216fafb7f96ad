import { submitIdea as submitIdeaUseCase } from '@ideabar/core';
import { created, type UserHandler } from '../http/route.js';

export const submitIdea: UserHandler = async ({ caller, body }, { ideabar, bot }) => {
  const idea = await submitIdeaUseCase(ideabar, caller, body());
  // Not awaited: the person's answer must not wait for a post in a channel; the outbox makes it happen once.
  void bot.announceIdea(caller.tenantId, idea);
  return created(idea);
};
