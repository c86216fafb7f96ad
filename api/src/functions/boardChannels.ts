import { boardChannels as boardChannelsUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const boardChannels: RouteDefinition = {
  name: 'boardChannels',
  method: 'GET',
  route: 'boards/{id}/channels',
  auth: 'user',
  handle: async ({ caller, params }, { ideabar, bot }) =>
    ok(await boardChannelsUseCase(ideabar, caller, params.id ?? '', bot.services.store.conversations)),
};
