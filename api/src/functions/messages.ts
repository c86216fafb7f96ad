import type { Handler } from '../http/route.js';
import { botTurnOf } from '../observability/botTurn.js';
import { annotateOperation } from '../observability/operation.js';

/**
 * The bot's messaging endpoint: Teams (through Bot Service) posts activities here. The bot's adapter checks the
 * Bot Framework token itself, so the route is anonymous to IdeaBar's own sign-in; invokes answer with a body.
 */
export const messages: Handler = async (input, services) => {
  const activity = input.body();
  annotateOperation(botTurnOf(activity));
  const answer = await services.bot.process({
    method: 'POST',
    headers: { ...input.headers },
    body: activity,
  });
  return { status: answer.status, ...(answer.body === undefined ? {} : { body: answer.body }) };
};
