import type { TooManyRequestsError } from '@ideabar/core';
import type { TurnContext } from 'botbuilder';
import { attachmentOf, CARD_CONTENT_TYPE } from '../cards/adaptiveCard.js';
import { errorCard } from '../cards/errorCard.js';

/**
 * The answer to a command over the write limits, in the form its sender is waiting for: the clicked card becomes
 * an error card (Action.Execute), a message action shows the message, a message gets an error card in reply. The
 * card says how long to wait; nothing of the command runs.
 */
export async function answerTooFast(context: TurnContext, error: TooManyRequestsError): Promise<void> {
  const card = errorCard(error.message);
  const { type, name } = context.activity;
  if (type === 'invoke') {
    const body =
      name === 'adaptiveCard/action'
        ? { statusCode: 200, type: CARD_CONTENT_TYPE, value: card }
        : { task: { type: 'message', value: error.message } };
    await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
    return;
  }
  await context.sendActivity({ type: 'message', attachments: [attachmentOf(card)] });
}
