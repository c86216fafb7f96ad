import { updateBoard as updateBoardUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

// The bot's conversations are where a chosen announcement channel is checked.
export const updateBoard: UserHandler = async ({ caller, params, body }, { ideabar, bot }) =>
  ok(await updateBoardUseCase(ideabar, caller, params.id ?? '', body(), bot.services.store.conversations));
