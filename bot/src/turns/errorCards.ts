import { IdeaBarError, ValidationError } from '@ideabar/core';
import type { AdaptiveCard } from '../cards/adaptiveCard.js';
import { errorCard } from '../cards/errorCard.js';

/**
 * The one mapping from IdeaBar's error model to what a person sees in Teams: an error card with the domain's own
 * message (written for people). Anything else is a fault: logged whole, shown as a plain apology.
 */
export function errorCardFor(error: unknown, faults: (error: unknown) => void): AdaptiveCard {
  if (error instanceof IdeaBarError) {
    return errorCard(error.message, error instanceof ValidationError ? error.fields : []);
  }
  faults(error);
  return errorCard('Something went wrong on our side. Please try again in a moment.');
}
