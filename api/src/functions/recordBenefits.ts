import { recordBenefits as recordBenefitsUseCase } from '@ideabar/core';
import { ideaCommand } from '../http/route.js';

/** IT records the benefit expected and, once delivered, measured. */
export const recordBenefits = ideaCommand(
  'recordBenefits',
  'PUT',
  'ideas/{id}/benefits',
  recordBenefitsUseCase,
);
