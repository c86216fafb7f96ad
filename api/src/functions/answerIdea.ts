import { answerIdea as answerIdeaUseCase } from '@ideabar/core';
import { ideaCommand } from '../http/route.js';

/** IT answers an idea in public without changing its status; the first answer counts as IT's first response. */
export const answerIdea = ideaCommand('answerIdea', 'POST', 'ideas/{id}/answer', answerIdeaUseCase);
