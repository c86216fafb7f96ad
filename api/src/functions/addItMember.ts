import { addItMember as addItMemberUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const addItMember: RouteDefinition = {
  name: 'addItMember',
  method: 'POST',
  route: 'it-members',
  auth: 'user',
  handle: async ({ caller, body }, { ideabar }) => ok(await addItMemberUseCase(ideabar, caller, body())),
};
