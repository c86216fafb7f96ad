import type { IncomingActivity } from '../turn.js';
import { CARD_CONTENT_TYPE } from '../../cards/adaptiveCard.js';

/** The placeholder Teams writes into a message's text for each card a message extension put in the compose box. */
const COMPOSE_CARD = /<span[^>]*class="inline-compose-card"[^>]*>[\s\S]*?<\/span>/gi;

/**
 * A message that only shares a card picked from the compose box (or an unfurled link) in the bot's own chat: it is
 * for the people reading it, not a command, so the bot leaves it unanswered rather than call it not understood.
 */
export function sharesCardOnly(activity: IncomingActivity): boolean {
  const attachments = activity.attachments ?? [];
  if (attachments.length === 0 || !attachments.every((a) => a.contentType === CARD_CONTENT_TYPE))
    return false;
  const words = (activity.text ?? '')
    .replace(COMPOSE_CARD, ' ')
    .replace(/<[^>]*>/g, ' ')
    .trim();
  return words === '';
}
