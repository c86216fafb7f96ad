import { appealDecline as appealDeclineUseCase } from '@ideabar/core';
import { ideaCommand } from '../http/route.js';

/** The author appeals a decline, once. */
export const appealDecline = ideaCommand(
  'appealDecline',
  'POST',
  'ideas/{id}/appeal',
  appealDeclineUseCase,
  'appeals',
);
