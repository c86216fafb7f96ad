import { whoAmI } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const me: RouteDefinition = {
  name: 'me',
  method: 'GET',
  route: 'me',
  auth: 'user',
  handle: async ({ caller }, { ideabar }) => ok(await whoAmI(ideabar, caller)),
};
