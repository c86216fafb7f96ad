import { IDEA_LIMITS, translatorFor } from '@ideabar/core';
import type { BotServices } from '../../botServices.js';
import { attachmentOf, type AdaptiveCard } from '../../cards/adaptiveCard.js';
import { newIdeaCard, type NewIdeaDraft } from '../../cards/newIdeaCard.js';
import { runVerb, verbTurn } from '../cardActions.js';
import { callerOf } from '../caller.js';
import { scopeOf } from '../conversationScope.js';
import { errorCardFor } from '../errorCards.js';
import type { MessageActionAnswer, MessageActionRequest, Turn } from '../turn.js';
import { newIdeaForm } from '../verbs/newIdeaForm.js';
import { parseVerb, VERB_FIELD } from '../verbs/verbs.js';

/** The message action's command id in the app manifest. */
export const SEND_TO_IDEABAR = 'sendToIdeaBar';

const dialog = (card: AdaptiveCard, locale: string | undefined): MessageActionAnswer => ({
  task: {
    type: 'continue',
    value: {
      title: translatorFor(locale).t('card.newIdea.dialogTitle'),
      height: 'large',
      width: 'medium',
      card: attachmentOf(card),
    },
  },
});

/** "Send to IdeaBar" on any message: the new-idea form, filled in from the message, with the board's categories. */
export async function openSendToIdeaBar(
  turn: Turn,
  services: BotServices,
  action: MessageActionRequest,
): Promise<MessageActionAnswer> {
  const { locale } = turn.activity;
  try {
    const { boardId } = scopeOf(turn.activity);
    const draft = draftFrom(action);
    return dialog(
      await newIdeaForm(services, callerOf(turn.activity), { mode: 'dialog', boardId, draft, locale }),
      locale,
    );
  } catch (error) {
    return dialog(errorCardFor(error, services.faults, locale), locale);
  }
}

/** The dialog's submit: the idea goes in like any other; field errors keep the dialog open with messages. */
export async function submitSendToIdeaBar(
  turn: Turn,
  services: BotServices,
  action: MessageActionRequest,
): Promise<MessageActionAnswer> {
  const { locale } = turn.activity;
  const { t } = translatorFor(locale);
  const data = (action.data ?? {}) as Record<string, unknown>;
  const parsed = parseVerb(data[VERB_FIELD] ?? 'submitIdea', data);
  if (!parsed || 'invalid' in parsed || parsed.verb !== 'submitIdea') {
    return dialog(
      newIdeaCard({
        mode: 'dialog',
        errors: [{ field: 'body', message: t('card.newIdea.fillIn') }],
        locale,
      }),
      locale,
    );
  }
  try {
    const dialogTurn = { ...verbTurn(turn, services, 'dialog'), message: null };
    const { card, kind } = await runVerb(dialogTurn, parsed);
    if (kind === 'form') return dialog(card, locale);
    return { task: { type: 'message', value: t('card.newIdea.sent') } };
  } catch (error) {
    return dialog(errorCardFor(error, services.faults, locale), locale);
  }
}

/** The message's text without markup: its first line as the title, the whole of it as the description. */
export function draftFrom(action: MessageActionRequest): NewIdeaDraft {
  const html = action.messagePayload?.body?.content ?? '';
  const text = html
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const firstLine =
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ?? '';
  const title =
    firstLine.length > IDEA_LIMITS.titleMax ? `${firstLine.slice(0, IDEA_LIMITS.titleMax - 1)}…` : firstLine;
  return {
    ...(title ? { title } : {}),
    ...(text ? { description: text.slice(0, IDEA_LIMITS.descriptionMax) } : {}),
  };
}
