import { listBoards as listBoardsUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const listBoards: RouteDefinition = {
  name: 'listBoards',
  method: 'GET',
  route: 'boards',
  auth: 'user',
  handle: async ({ caller }, { ideabar }) => ok({ items: await listBoardsUseCase(ideabar, caller) }),
};
