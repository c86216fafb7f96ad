import { IDEA_LIMITS, type FieldError } from '@ideabar/core';
import { executeAction, submitAction } from '../verbs/verbs.js';
import {
  adaptiveCard,
  textBlock,
  type AdaptiveCard,
  type CardElement,
  type InputText,
} from './adaptiveCard.js';

export interface NewIdeaDraft {
  title?: string;
  description?: string;
  category?: string;
  tags?: string;
}

export interface NewIdeaCardInput {
  draft?: NewIdeaDraft;
  /** The board the idea goes to; the tenant's default board when absent. */
  boardId?: string;
  /** Field-level messages from the use case, shown under their inputs. */
  errors?: FieldError[];
  /** `card` in a conversation (Universal Action), `dialog` in a task module (plain submit). */
  mode: 'card' | 'dialog';
}

/** The same fields and limits as the API's POST /api/ideas; the use case validates, the card only helps. */
export function newIdeaCard(input: NewIdeaCardInput): AdaptiveCard {
  const draft = input.draft ?? {};
  const errorFor = (field: string): string | undefined =>
    input.errors?.filter((error) => error.field === field || error.field.startsWith(`${field}.`))[0]?.message;
  const field = (
    id: keyof NewIdeaDraft,
    label: string,
    options: Omit<InputText, 'type' | 'id' | 'label'>,
  ): CardElement[] => {
    const message = errorFor(id);
    const value = draft[id];
    return [
      {
        type: 'Input.Text',
        id,
        label,
        ...options,
        ...(value ? { value } : {}),
      },
      ...(message ? [textBlock(message, { color: 'attention', size: 'small', spacing: 'none' })] : []),
    ];
  };
  const general = input.errors?.find((error) => error.field === 'body');
  const payload = input.boardId ? { boardId: input.boardId } : {};
  return adaptiveCard(
    [
      textBlock('Share an idea with IT', { size: 'medium', weight: 'bolder' }),
      ...(general ? [textBlock(general.message, { color: 'attention' })] : []),
      ...field('title', 'Title', {
        maxLength: IDEA_LIMITS.titleMax,
        isRequired: true,
        errorMessage: `Enter a title of ${IDEA_LIMITS.titleMin}–${IDEA_LIMITS.titleMax} characters.`,
        placeholder: 'What should IT make possible?',
      }),
      ...field('description', 'Description', {
        isMultiline: true,
        maxLength: IDEA_LIMITS.descriptionMax,
        isRequired: true,
        errorMessage: 'Enter a description.',
        placeholder: 'Who would it help, and how?',
      }),
      ...field('category', 'Category (optional)', { maxLength: IDEA_LIMITS.categoryMax }),
      ...field('tags', `Tags (optional, up to ${IDEA_LIMITS.tagsMax}, separated by commas)`, {
        maxLength: IDEA_LIMITS.tagsMax * (IDEA_LIMITS.tagMax + 2),
      }),
    ],
    [
      input.mode === 'card'
        ? executeAction('submitIdea', 'Submit idea', payload, { style: 'positive' })
        : submitAction('submitIdea', 'Submit idea', payload, { style: 'positive' }),
    ],
  );
}
