import type { Activity, AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import { translatorFor } from '@ideabar/core';
import type { BotServices } from '../botServices.js';
import { CARD_CONTENT_TYPE, type AdaptiveCard } from '../cards/adaptiveCard.js';
import { errorCard } from '../cards/errorCard.js';
import { runVerb } from './verbs/handlers.js';
import { parseVerb, VERB_FIELD } from './verbs/verbs.js';
import type { VerbTurn } from './verbs/verbTurn.js';
import { callerOf } from './caller.js';
import { scopeOf } from './conversationScope.js';
import { refusalCardFor } from './errorCards.js';

const cardResponse = (card: AdaptiveCard): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: CARD_CONTENT_TYPE,
  value: card as unknown as Record<string, unknown>,
});

/**
 * A Universal Action (`adaptiveCard/action`): runs the verb and answers the clicker's new card. Errors are answered
 * as an error card with status 200, so the person sees what happened rather than a generic failure banner.
 */
export async function answerCardAction(
  context: TurnContext,
  services: BotServices,
  value: AdaptiveCardInvokeValue,
): Promise<AdaptiveCardInvokeResponse> {
  const parsed = parseVerb(value.action?.verb, value.action?.data);
  const { locale } = context.activity;
  const { t } = translatorFor(locale);
  if (!parsed) return cardResponse(errorCard(t('card.error.unknownButton'), [], locale));
  if ('invalid' in parsed) return cardResponse(errorCard(t('card.error.unreadableButton'), [], locale));
  try {
    return cardResponse((await runVerb(verbTurn(context, services, 'card'), parsed)).card);
  } catch (error) {
    return cardResponse(await refusalCardFor(error, services, context.activity));
  }
}

/** The verb of a plain submit (a client without Universal Actions, or a dialog), if the activity carries one. */
export function submittedVerb(activity: Activity) {
  const value = activity.value as Record<string, unknown> | undefined;
  if (!value || typeof value !== 'object') return undefined;
  return parseVerb(value[VERB_FIELD], value);
}

/**
 * A plain submit from a client without Universal Actions: the verb runs the same way. In a personal chat the card
 * that was clicked becomes the answer; elsewhere the shared card is brought up to date for everyone (the verb
 * scheduled that), and only a form to fix or an error is posted, since a reply there is seen by all.
 */
export async function answerSubmittedCard(context: TurnContext, services: BotServices): Promise<void> {
  const parsed = submittedVerb(context.activity);
  if (!parsed) return;
  let card: AdaptiveCard;
  let shareable = false;
  if ('invalid' in parsed) {
    const { locale } = context.activity;
    card = errorCard(translatorFor(locale).t('card.error.unreadableButton'), [], locale);
  } else {
    try {
      const result = await runVerb(verbTurn(context, services, 'card'), parsed);
      card = result.card;
      shareable = result.kind !== undefined;
    } catch (error) {
      card = await refusalCardFor(error, services, context.activity);
      shareable = true;
    }
  }
  const attachment = { contentType: CARD_CONTENT_TYPE, content: card };
  const replyTo = context.activity.replyToId;
  if (scopeOf(context.activity).place === 'personal') {
    if (replyTo) await context.updateActivity({ id: replyTo, type: 'message', attachments: [attachment] });
    else await context.sendActivity({ type: 'message', attachments: [attachment] });
  } else if (shareable) {
    await context.sendActivity({ type: 'message', attachments: [attachment] });
  }
}

export function verbTurn(context: TurnContext, services: BotServices, surface: 'card' | 'dialog'): VerbTurn {
  const { activity } = context;
  const caller = callerOf(activity);
  const replyToId = activity.replyToId;
  const scope = scopeOf(activity);
  return {
    services,
    caller,
    teamsUserId: activity.from.id,
    surface,
    boardId: scope.boardId,
    team: scope.team,
    locale: activity.locale,
    // A personal chat's card is seen by the clicker alone, whose view the invoke response already updated; an
    // edit there would only replace their own view with the shared one.
    message:
      surface === 'card' && replyToId && activity.serviceUrl && scope.place !== 'personal'
        ? {
            target: {
              serviceUrl: activity.serviceUrl,
              // The card's own conversation, thread included: an edit names the message where it is.
              conversationId: activity.conversation.id,
              tenantId: caller.tenantId,
            },
            activityId: replyToId,
          }
        : null,
  };
}
