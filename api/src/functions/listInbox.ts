import { listInbox as listInboxUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

/** IT's inbox: the ideas waiting for a first answer, oldest first, with their SLA state. */
export const listInbox: RouteDefinition = {
  name: 'listInbox',
  method: 'GET',
  route: 'inbox',
  auth: 'user',
  handle: async ({ caller, query }, { ideabar }) => ok(await listInboxUseCase(ideabar, caller, query)),
};
