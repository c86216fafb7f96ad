import { translatorFor } from '@ideabar/core';
import type { BotServices } from '../botServices.js';
import { attachmentOf, CARD_CONTENT_TYPE, type AdaptiveCard } from '../cards/adaptiveCard.js';
import { errorCard } from '../cards/errorCard.js';
import { callerOf } from './caller.js';
import { scopeOf } from './conversationScope.js';
import { refusalCardFor } from './errorCards.js';
import type { CardActionAnswer, CardActionValue, IncomingActivity, Turn } from './turn.js';
import { checkSimilarIdeas } from './verbs/checkSimilarIdeas.js';
import { comment } from './verbs/comment.js';
import { follow, unfollow } from './verbs/follow.js';
import { refreshIdea } from './verbs/refreshIdea.js';
import { openNewIdeaForm, showIdeas } from './verbs/showIdeas.js';
import { submitIdea } from './verbs/submitIdea.js';
import { parseVerb, VERB_FIELD, type ParsedVerb, type Verb } from './verbs/verbs.js';
import type { VerbHandler, VerbResult, VerbTurn } from './verbs/verbTurn.js';
import { vote } from './verbs/vote.js';
import { withdrawVote } from './verbs/withdrawVote.js';

/** One handler per verb; the type makes a verb without a handler a compile error. */
const HANDLERS: { [V in Verb]: VerbHandler<V> } = {
  vote,
  withdrawVote,
  follow,
  unfollow,
  refreshIdea,
  comment,
  submitIdea,
  checkSimilarIdeas,
  showIdeas,
  openNewIdeaForm,
};

export function runVerb(turn: VerbTurn, parsed: ParsedVerb): Promise<VerbResult> {
  const handler = HANDLERS[parsed.verb] as VerbHandler<typeof parsed.verb>;
  return handler(turn, parsed.payload as never);
}

const cardResponse = (card: AdaptiveCard): CardActionAnswer => ({
  statusCode: 200,
  type: CARD_CONTENT_TYPE,
  value: card,
});

/**
 * A Universal Action (`adaptiveCard/action`): runs the verb and answers the clicker's new card. Errors are answered
 * as an error card with status 200, so the person sees what happened rather than a generic failure banner.
 */
export async function answerCardAction(
  turn: Turn,
  services: BotServices,
  value: CardActionValue,
): Promise<CardActionAnswer> {
  const parsed = parseVerb(value.action?.verb, value.action?.data);
  const { locale } = turn.activity;
  const { t } = translatorFor(locale);
  if (!parsed) return cardResponse(errorCard(t('card.error.unknownButton'), [], locale));
  if ('invalid' in parsed) return cardResponse(errorCard(t('card.error.unreadableButton'), [], locale));
  try {
    return cardResponse((await runVerb(verbTurn(turn, services, 'card'), parsed)).card);
  } catch (error) {
    return cardResponse(await refusalCardFor(error, services, turn.activity));
  }
}

/** The verb of a plain submit (a client without Universal Actions, or a dialog), if the activity carries one. */
export function submittedVerb(activity: IncomingActivity) {
  const value = activity.value as Record<string, unknown> | undefined;
  if (!value || typeof value !== 'object') return undefined;
  return parseVerb(value[VERB_FIELD], value);
}

/**
 * A plain submit from a client without Universal Actions: the verb runs the same way. In a personal chat the card
 * that was clicked becomes the answer; elsewhere the shared card is brought up to date for everyone (the verb
 * scheduled that), and only a form to fix or an error is posted, since a reply there is seen by all.
 */
export async function answerSubmittedCard(turn: Turn, services: BotServices): Promise<void> {
  const parsed = submittedVerb(turn.activity);
  if (!parsed) return;
  let card: AdaptiveCard;
  let shareable = false;
  if ('invalid' in parsed) {
    const { locale } = turn.activity;
    card = errorCard(translatorFor(locale).t('card.error.unreadableButton'), [], locale);
  } else {
    try {
      const result = await runVerb(verbTurn(turn, services, 'card'), parsed);
      card = result.card;
      shareable = result.kind !== undefined;
    } catch (error) {
      card = await refusalCardFor(error, services, turn.activity);
      shareable = true;
    }
  }
  const attachment = attachmentOf(card);
  const replyTo = turn.activity.replyToId;
  if (scopeOf(turn.activity).place === 'personal') {
    if (replyTo) await turn.update(replyTo, { type: 'message', attachments: [attachment] });
    else await turn.send({ type: 'message', attachments: [attachment] });
  } else if (shareable) {
    await turn.send({ type: 'message', attachments: [attachment] });
  }
}

export function verbTurn(turn: Turn, services: BotServices, surface: 'card' | 'dialog'): VerbTurn {
  const { activity } = turn;
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
