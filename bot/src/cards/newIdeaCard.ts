import { IDEA_LIMITS, translatorFor, type FieldError, type IdeaView, type Translator } from '@ideabar/core';
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
  /** The language of the person filling it in (their activity's `locale`); English when unknown. */
  locale?: string | undefined;
}

/** The same fields and limits as the API's POST /api/ideas; the use case validates, the card only helps. */
export function newIdeaCard(input: NewIdeaCardInput): AdaptiveCard {
  const translator = translatorFor(input.locale);
  const { t } = translator;
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
      textBlock(t('card.newIdea.title'), { size: 'medium', weight: 'bolder' }),
      ...(general ? [plainBlock([plainRun(general.message, { color: 'attention' })])] : []),
      ...(similar ? similarSection(similar, translator) : []),
      ...field('title', t('card.newIdea.titleLabel'), {
        maxLength: IDEA_LIMITS.titleMax,
        isRequired: true,
        errorMessage: t('card.newIdea.titleError', { min: IDEA_LIMITS.titleMin, max: IDEA_LIMITS.titleMax }),
        placeholder: t('card.newIdea.titlePlaceholder'),
      }),
      ...field('description', t('card.newIdea.descriptionLabel'), {
        isMultiline: true,
        maxLength: IDEA_LIMITS.descriptionMax,
        isRequired: true,
        errorMessage: t('card.newIdea.descriptionError'),
        placeholder: t('card.newIdea.descriptionPlaceholder'),
      }),
      ...(input.categories && input.categories.length > 0
        ? [categoryChoice(input.categories, draft.category, translator), ...messageUnder('category')]
        : field('category', t('card.newIdea.categoryLabel'), { maxLength: IDEA_LIMITS.categoryMax })),
      ...field('tags', t('card.newIdea.tagsLabel', { max: IDEA_LIMITS.tagsMax }), {
        maxLength: IDEA_LIMITS.tagsMax * (IDEA_LIMITS.tagMax + 2),
      }),
    ],
    actionsFor(input, translator),
    undefined,
    translator.dir,
  );
}

function categoryChoice(categories: string[], typed: string | undefined, { t }: Translator): InputChoiceSet {
  // A category from an old card that the board no longer offers is not preselected: it cannot be chosen.
  const chosen = categories.find((name) => name.toLocaleLowerCase() === typed?.trim().toLocaleLowerCase());
  return {
    type: 'Input.ChoiceSet',
    id: 'category',
    label: t('card.newIdea.categoryLabel'),
    style: 'compact',
    placeholder: t('card.newIdea.categoryPlaceholder'),
    choices: categories.map((name) => ({ title: name, value: name })),
    ...(chosen ? { value: chosen } : {}),
  };
}

function similarSection(
  similar: NonNullable<NewIdeaCardInput['similar']>,
  translator: Translator,
): CardElement[] {
  const { t } = translator;
  if (similar.ideas.length === 0) {
    return [textBlock(t('card.newIdea.noSimilar'), { isSubtle: true })];
  }
  return [
    textBlock(t('card.newIdea.similarFound'), { color: 'accent' }),
    ...ideaListSection(
      similar.links,
      t('card.newIdea.similarHeading'),
      similar.ideas.slice(0, SIMILAR_SHOWN),
      translator,
    ),
  ];
}

/**
 * Submit, and in a conversation a button that looks for similar ideas without submitting. Once similar ideas were
 * shown for the title, submitting it is "anyway". Dialogs only know plain submits, and look when submitted.
 */
function actionsFor(input: NewIdeaCardInput, { t }: Translator): CardAction[] {
  const payload = {
    ...(input.boardId ? { boardId: input.boardId } : {}),
    ...(input.overCard ? { overCard: 'yes' as const } : {}),
  };
  const submitPayload = input.checkedTitle ? { ...payload, checkedTitle: input.checkedTitle } : payload;
  const anyway = (input.similar?.ideas.length ?? 0) > 0;
  const submitTitle = t(anyway ? 'card.newIdea.submitAnyway' : 'card.newIdea.submit');
  if (input.mode === 'dialog') {
    return [submitAction('submitIdea', submitTitle, submitPayload, { style: 'positive' })];
  }
  return [
    executeAction('submitIdea', submitTitle, submitPayload, { style: 'positive' }),
    executeAction(
      'checkSimilarIdeas',
      t(input.similar ? 'card.newIdea.checkAgain' : 'card.newIdea.check'),
      payload,
    ),
  ];
}
