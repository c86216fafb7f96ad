import { IDEA_LIMITS, type FieldError, type IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { executeAction, submitAction } from '../turns/verbs/verbs.js';
import {
  adaptiveCard,
  textBlock,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type InputChoiceSet,
  type InputText,
} from './adaptiveCard.js';
import { ideaListSection } from './ideaListCard.js';
import { plainBlock, plainRun } from './plainText.js';

export interface NewIdeaDraft {
  title?: string;
  description?: string;
  category?: string;
  tags?: string;
}

/** At most this many similar ideas are shown on the form: enough to spot the one to vote for. */
export const SIMILAR_SHOWN = 3;

export interface NewIdeaCardInput {
  draft?: NewIdeaDraft;
  /** The board the idea goes to; the tenant's default board when absent. */
  boardId?: string;
  /**
   * The board's active categories, offered as a choice (and nothing else); when the board has none, people type
   * any category.
   */
  categories?: string[];
  /** Field-level messages from the use case, shown under their inputs. */
  errors?: FieldError[];
  /** Existing ideas like the draft, found for `checkedTitle`; shown above the form with links to open them. */
  similar?: { ideas: IdeaView[]; links: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'> };
  /** The title similar ideas were looked for already: submitting it again submits without looking again. */
  checkedTitle?: string;
  /** `card` in a conversation (Universal Action), `dialog` in a task module (plain submit). */
  mode: 'card' | 'dialog';
  /** Shown in place of another card (opened by its button), so submitting it must not edit that message. */
  overCard?: boolean;
}

/** The same fields and limits as the API's POST /api/ideas; the use case validates, the card only helps. */
export function newIdeaCard(input: NewIdeaCardInput): AdaptiveCard {
  const draft = input.draft ?? {};
  const errorFor = (field: string): string | undefined =>
    input.errors?.filter((error) => error.field === field || error.field.startsWith(`${field}.`))[0]?.message;
  const messageUnder = (id: keyof NewIdeaDraft): CardElement[] => {
    const message = errorFor(id);
    // Plain text: a message may quote what someone typed (a category's name).
    return message
      ? [plainBlock([plainRun(message, { color: 'attention', size: 'small' })], { spacing: 'none' })]
      : [];
  };
  const field = (
    id: keyof NewIdeaDraft,
    label: string,
    options: Omit<InputText, 'type' | 'id' | 'label'>,
  ): CardElement[] => {
    const value = draft[id];
    return [{ type: 'Input.Text', id, label, ...options, ...(value ? { value } : {}) }, ...messageUnder(id)];
  };
  const general = input.errors?.find((error) => error.field === 'body');
  const similar = input.similar;
  return adaptiveCard(
    [
      textBlock('Share an idea with IT', { size: 'medium', weight: 'bolder' }),
      ...(general ? [plainBlock([plainRun(general.message, { color: 'attention' })])] : []),
      ...(similar ? similarSection(similar) : []),
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
      ...(input.categories && input.categories.length > 0
        ? [categoryChoice(input.categories, draft.category), ...messageUnder('category')]
        : field('category', 'Category (optional)', { maxLength: IDEA_LIMITS.categoryMax })),
      ...field('tags', `Tags (optional, up to ${IDEA_LIMITS.tagsMax}, separated by commas)`, {
        maxLength: IDEA_LIMITS.tagsMax * (IDEA_LIMITS.tagMax + 2),
      }),
    ],
    actionsFor(input),
  );
}

function categoryChoice(categories: string[], typed: string | undefined): InputChoiceSet {
  // A category from an old card that the board no longer offers is not preselected: it cannot be chosen.
  const chosen = categories.find((name) => name.toLocaleLowerCase() === typed?.trim().toLocaleLowerCase());
  return {
    type: 'Input.ChoiceSet',
    id: 'category',
    label: 'Category (optional)',
    style: 'compact',
    placeholder: 'Choose a category',
    choices: categories.map((name) => ({ title: name, value: name })),
    ...(chosen ? { value: chosen } : {}),
  };
}

function similarSection(similar: NonNullable<NewIdeaCardInput['similar']>): CardElement[] {
  if (similar.ideas.length === 0) {
    return [textBlock('No similar ideas on this board yet: yours may be the first.', { isSubtle: true })];
  }
  return [
    textBlock('These ideas look like yours. Vote for one of them, or submit yours anyway.', {
      color: 'accent',
    }),
    ...ideaListSection(similar.links, 'Similar ideas', similar.ideas.slice(0, SIMILAR_SHOWN)),
  ];
}

/**
 * Submit, and in a conversation a button that looks for similar ideas without submitting. Once similar ideas were
 * shown for the title, submitting it is "anyway". Dialogs only know plain submits, and look when submitted.
 */
function actionsFor(input: NewIdeaCardInput): CardAction[] {
  const payload = {
    ...(input.boardId ? { boardId: input.boardId } : {}),
    ...(input.overCard ? { overCard: 'yes' as const } : {}),
  };
  const submitPayload = input.checkedTitle ? { ...payload, checkedTitle: input.checkedTitle } : payload;
  const anyway = (input.similar?.ideas.length ?? 0) > 0;
  const submitTitle = anyway ? 'Submit anyway' : 'Submit idea';
  if (input.mode === 'dialog') {
    return [submitAction('submitIdea', submitTitle, submitPayload, { style: 'positive' })];
  }
  return [
    executeAction('submitIdea', submitTitle, submitPayload, { style: 'positive' }),
    executeAction('checkSimilarIdeas', input.similar ? 'Check again' : 'Check for similar ideas', payload),
  ];
}
