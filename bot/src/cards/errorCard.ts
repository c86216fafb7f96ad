import { reasonText, translatorFor, type FieldError, type IdeaBarError } from '@ideabar/core';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard.js';
import { escapeMarkdown, plainBlock, plainRun } from './plainText.js';

/**
 * Why core refused something, in the reader's language: core's own English sentence for English readers (it can
 * say more, such as which statuses an idea can move to), the catalog's sentence for its reason for the others. An
 * error without a reason keeps core's words.
 */
export function refusalMessage(error: Pick<IdeaBarError, 'message' | 'reason'>, locale?: string): string {
  const translator = translatorFor(locale);
  return translator.locale !== 'en' && error.reason ? reasonText(translator, error.reason) : error.message;
}

/**
 * What a person sees when something they asked for did not work: what happened, never a stack trace. The heading
 * is in the reader's language; `message` says why (see refusalMessage).
 */
export function errorCard(message: string, fields: FieldError[] = [], locale?: string): AdaptiveCard {
  const translator = translatorFor(locale);
  return adaptiveCard(
    [
      textBlock(translator.t('card.error.title'), { weight: 'bolder', color: 'attention' }),
      textBlock(escapeMarkdown(message)),
      ...fields.map((field) =>
        textBlock(`${escapeMarkdown(field.field)}: ${escapeMarkdown(field.message)}`, {
          spacing: 'small',
          isSubtle: true,
        }),
      ),
    ],
    [],
    undefined,
    translator.dir,
  );
}

/** How many IT members a refusal names; the rest are counted. */
export const NAMED_IT_MEMBERS = 5;

/**
 * A permission refusal: what was refused, in the reader's language (see refusalMessage), and who can help, by name, so
 * the person knows whom to ask rather than only that it did not work.
 */
export function refusalCard(message: string, itMembers: string[], locale?: string): AdaptiveCard {
  const translator = translatorFor(locale);
  const { t } = translator;
  const named = itMembers.slice(0, NAMED_IT_MEMBERS);
  const rest = itMembers.length - named.length;
  const helpers: CardElement =
    named.length === 0
      ? textBlock(t('card.refusal.noItMembers'), { isSubtle: true, spacing: 'small' })
      : plainBlock(
          [
            plainRun(`${t('card.refusal.whoCanHelp')} `, { weight: 'bolder' }),
            plainRun(t('card.refusal.names', { names: named.join(', '), rest })),
            plainRun(` ${t('card.refusal.itMembers', { count: itMembers.length })}`, { isSubtle: true }),
          ],
          { spacing: 'small' },
        );
  return adaptiveCard(
    [
      textBlock(t('card.refusal.title'), { weight: 'bolder', color: 'warning' }),
      textBlock(escapeMarkdown(message)),
      helpers,
    ],
    [],
    undefined,
    translator.dir,
  );
}
