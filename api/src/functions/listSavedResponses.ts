import { listSavedResponses as listSavedResponsesUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

/** A board's saved responses, for IT to pick from when answering. */
export const listSavedResponses: UserHandler = async ({ caller, params }, { ideabar }) =>
  ok(await listSavedResponsesUseCase(ideabar, caller, params.id ?? ''));
