import { boardChannels as boardChannelsUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const boardChannels: UserHandler = async ({ caller, params }, { ideabar, bot }) =>
  ok(await boardChannelsUseCase(ideabar, caller, params.id ?? '', bot.services.store.conversations));
