import { removeItMember as removeItMemberUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const removeItMember: UserHandler = async ({ caller, params }, { ideabar }) =>
  ok(await removeItMemberUseCase(ideabar, caller, params.userId ?? ''));
