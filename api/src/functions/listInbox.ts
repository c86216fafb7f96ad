import { listInbox as listInboxUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

/** IT's inbox: the ideas waiting for a first answer, oldest first, with their SLA state. */
export const listInbox: UserHandler = async ({ caller, query }, { ideabar }) =>
  ok(await listInboxUseCase(ideabar, caller, query));
