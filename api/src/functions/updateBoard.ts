import { updateBoard as updateBoardUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const updateBoard: RouteDefinition = {
  name: 'updateBoard',
  method: 'PUT',
  route: 'boards/{id}',
  auth: 'user',
  // The bot's conversations are where a chosen announcement channel is checked.
  handle: async ({ caller, params, body }, { ideabar, bot }) =>
    ok(await updateBoardUseCase(ideabar, caller, params.id ?? '', body(), bot.services.store.conversations)),
};
