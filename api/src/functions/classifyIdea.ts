import { classifyIdea as classifyIdeaUseCase } from '@ideabar/core';
import { ideaCommand } from '../http/route.js';

/** IT classifies the idea: core or non-core, sourcing, value and effort. */
export const classifyIdea = ideaCommand(
  'classifyIdea',
  'PUT',
  'ideas/{id}/classification',
  classifyIdeaUseCase,
);
