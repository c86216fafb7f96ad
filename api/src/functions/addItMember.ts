import { addItMember as addItMemberUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const addItMember: UserHandler = async ({ caller, body }, { ideabar }) =>
  ok(await addItMemberUseCase(ideabar, caller, body()));
