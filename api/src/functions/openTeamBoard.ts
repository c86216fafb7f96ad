import { openTeamBoard as openTeamBoardUseCase } from '@ideabar/core';
import type { UserHandler } from '../http/route.js';

export const openTeamBoard: UserHandler = async ({ caller, body }, { ideabar }) => {
  const opened = await openTeamBoardUseCase(ideabar, caller, body());
  return { status: opened.created ? 201 : 200, body: opened.board };
};
