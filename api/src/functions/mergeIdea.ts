import { mergeIdea as mergeIdeaUseCase } from '@ideabar/core';
import { ideaCommand } from '../http/route.js';

/** IT merges a duplicate into the idea it repeats; its votes move. */
export const mergeIdea = ideaCommand('mergeIdea', 'POST', 'ideas/{id}/merge', mergeIdeaUseCase);
