import { removeItMember as removeItMemberUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const removeItMember: RouteDefinition = {
  name: 'removeItMember',
  method: 'DELETE',
  route: 'it-members/{userId}',
  auth: 'user',
  handle: async ({ caller, params }, { ideabar }) =>
    ok(await removeItMemberUseCase(ideabar, caller, params.userId ?? '')),
};
