import { openTeamBoard as openTeamBoardUseCase } from '@ideabar/core';
import type { RouteDefinition } from '../http/route.js';

export const openTeamBoard: RouteDefinition = {
  name: 'openTeamBoard',
  method: 'POST',
  route: 'boards',
  auth: 'user',
  async handle({ caller, body }, { ideabar }) {
    const opened = await openTeamBoardUseCase(ideabar, caller, body());
    return { status: opened.created ? 201 : 200, body: opened.board };
  },
};
