import { listAudit as listAuditUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const listAudit: UserHandler = async ({ caller, query }, { ideabar }) =>
  ok({ items: await listAuditUseCase(ideabar, caller, query) });
