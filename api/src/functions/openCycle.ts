import { openCycle as openCycleUseCase } from '@ideabar/core';
import { created, type UserHandler } from '../http/route.js';

export const openCycle: UserHandler = async ({ caller, body }, { ideabar }) =>
  created(await openCycleUseCase(ideabar, caller, body()));
