import type { FieldError } from '@ideabar/core';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard.js';
import { escapeMarkdown, plainBlock, plainRun } from './plainText.js';

/** What a person sees when something they asked for did not work: what happened, never a stack trace. */
export function errorCard(message: string, fields: FieldError[] = []): AdaptiveCard {
  return adaptiveCard([
    textBlock('That didn’t work', { weight: 'bolder', color: 'attention' }),
    textBlock(escapeMarkdown(message)),
    ...fields.map((field) =>
      textBlock(`${escapeMarkdown(field.field)}: ${escapeMarkdown(field.message)}`, {
        spacing: 'small',
        isSubtle: true,
      }),
    ),
  ]);
}

/** How many IT members a refusal names; the rest are counted. */
export const NAMED_IT_MEMBERS = 5;

/**
 * A permission refusal: what was refused, in the domain's words (which name it), and who can help, by name, so
 * the person knows whom to ask rather than only that it did not work.
 */
export function refusalCard(message: string, itMembers: string[]): AdaptiveCard {
  const named = itMembers.slice(0, NAMED_IT_MEMBERS);
  const rest = itMembers.length - named.length;
  const helpers: CardElement =
    named.length === 0
      ? textBlock('This organization has no IT members in IdeaBar yet.', { isSubtle: true, spacing: 'small' })
      : plainBlock(
          [
            plainRun('Who can help: ', { weight: 'bolder' }),
            plainRun(named.join(', ') + (rest > 0 ? ` and ${rest} more` : '')),
            plainRun(` (IT member${itMembers.length === 1 ? '' : 's'}).`, { isSubtle: true }),
          ],
          { spacing: 'small' },
        );
  return adaptiveCard([
    textBlock('That is not yours to do', { weight: 'bolder', color: 'warning' }),
    textBlock(escapeMarkdown(message)),
    helpers,
  ]);
}
