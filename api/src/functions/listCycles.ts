import { listCycles as listCyclesUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const listCycles: UserHandler = async ({ caller, query }, { ideabar }) =>
  ok({ items: await listCyclesUseCase(ideabar, caller, query) });
