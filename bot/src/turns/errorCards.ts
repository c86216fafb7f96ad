import { ForbiddenError, IdeaBarError, itMembersOf, translatorFor, ValidationError } from '@ideabar/core';
import type { IncomingActivity } from './turn.js';
import type { BotServices } from '../botServices.js';
import type { AdaptiveCard } from '../cards/adaptiveCard.js';
import { errorCard, refusalCard, refusalMessage } from '../cards/errorCard.js';
import { tenantOf } from './caller.js';

/**
 * The one mapping from IdeaBar's error model to what a person sees in Teams: an error card with the domain's own
 * message (written for people). Anything else is a fault: logged whole, shown as a plain apology.
 */
export function errorCardFor(
  error: unknown,
  faults: (error: unknown) => void,
  locale?: string,
): AdaptiveCard {
  if (error instanceof IdeaBarError) {
    const fields = error instanceof ValidationError ? error.fields : [];
    return errorCard(refusalMessage(error, locale), fields, locale);
  }
  faults(error);
  return errorCard(translatorFor(locale).t('card.error.fault'), [], locale);
}

/**
 * As {@link errorCardFor}, and a permission refusal also names the tenant's IT members, who can do what was
 * refused or help. Should reading them fail, the refusal is still answered, without names.
 */
export async function refusalCardFor(
  error: unknown,
  services: BotServices,
  activity: IncomingActivity,
): Promise<AdaptiveCard> {
  const tenantId = tenantOf(activity);
  const { locale } = activity;
  if (!(error instanceof ForbiddenError) || !tenantId) return errorCardFor(error, services.faults, locale);
  try {
    const { itMembers } = await itMembersOf(services.ideabar, tenantId);
    return refusalCard(
      refusalMessage(error, locale),
      itMembers.map((member) => member.name),
      locale,
    );
  } catch (unreadable) {
    services.faults(unreadable);
    return errorCardFor(error, services.faults, locale);
  }
}
