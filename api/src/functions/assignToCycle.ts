import { assignToCycle as assignToCycleUseCase } from '@ideabar/core';
import { ideaCommand } from '../http/route.js';

/** IT adds an idea to a planning cycle, or takes it out. */
export const assignToCycle = ideaCommand('assignToCycle', 'PUT', 'ideas/{id}/cycle', assignToCycleUseCase);
