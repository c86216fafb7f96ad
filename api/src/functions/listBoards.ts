import { listBoards as listBoardsUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const listBoards: UserHandler = async ({ caller }, { ideabar }) =>
  ok({ items: await listBoardsUseCase(ideabar, caller) });
