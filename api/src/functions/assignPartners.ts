import { assignPartners as assignPartnersUseCase } from '@ideabar/core';
import { ideaCommand } from '../http/route.js';

/** IT names the idea's IT partner and business sponsor. */
export const assignPartners = ideaCommand(
  'assignPartners',
  'PUT',
  'ideas/{id}/partners',
  assignPartnersUseCase,
);
