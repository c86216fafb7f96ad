import type { FieldError } from '@ideabar/core';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';
import { escapeMarkdown } from './plainText.js';

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
