import { listAudit as listAuditUseCase } from '@ideabar/core';
import { ok, type RouteDefinition } from '../http/route.js';

export const listAudit: RouteDefinition = {
  name: 'listAudit',
  method: 'GET',
  route: 'audit',
  auth: 'user',
  handle: async ({ caller, query }, { ideabar }) =>
    ok({ items: await listAuditUseCase(ideabar, caller, query) }),
};
