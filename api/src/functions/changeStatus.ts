import { changeStatus as changeStatusUseCase } from '@ideabar/core';
import { ideaCommand } from '../http/route.js';

/** IT moves an idea to a new status, with a public response (and a decline decision when declining). */
export const changeStatus = ideaCommand('changeStatus', 'POST', 'ideas/{id}/status', changeStatusUseCase);
