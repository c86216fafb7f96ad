import {
  activeCategoryNames,
  boardCategories,
  findSimilarIdeas,
  NotFoundError,
  type Caller,
  type FieldError,
  type IdeaView,
} from '@ideabar/core';
import type { BotServices } from '../../botServices.js';
import type { AdaptiveCard } from '../../cards/adaptiveCard.js';
import { newIdeaCard, SIMILAR_SHOWN, type NewIdeaDraft } from '../../cards/newIdeaCard.js';
import type { VerbPayload } from './verbs.js';

export interface NewIdeaFormOptions {
  mode: 'card' | 'dialog';
  /** The tenant's default board when undefined. */
  boardId: string | undefined;
  draft?: NewIdeaDraft;
  errors?: FieldError[];
  /** Similar ideas found for `checkedTitle`. */
  similar?: IdeaView[];
  checkedTitle?: string;
  /** The form shows in place of another card; see `overCard` in verbs.ts. */
  overCard?: boolean;
  /** The language of the person filling it in (their activity's `locale`). */
  locale: string | undefined;
}

/**
 * The new-idea form as the board is now: its active categories are read from storage every time, so a category
 * IT adds or retires is on (or off) the next form without a restart.
 */
export async function newIdeaForm(
  services: BotServices,
  caller: Caller,
  options: NewIdeaFormOptions,
): Promise<AdaptiveCard> {
  const categories = activeCategoryNames(await boardCategories(services.ideabar, caller, options.boardId));
  return newIdeaCard({
    mode: options.mode,
    categories,
    ...(options.boardId ? { boardId: options.boardId } : {}),
    ...(options.draft ? { draft: options.draft } : {}),
    ...(options.errors ? { errors: options.errors } : {}),
    ...(options.similar ? { similar: { ideas: options.similar, links: services.settings } } : {}),
    ...(options.checkedTitle ? { checkedTitle: options.checkedTitle } : {}),
    ...(options.overCard ? { overCard: true } : {}),
    locale: options.locale,
  });
}

/** Ideas on the board like the title being submitted, most alike first. */
export async function similarIdeasTo(
  services: BotServices,
  caller: Caller,
  title: string,
  boardId: string | undefined,
): Promise<IdeaView[]> {
  try {
    return await findSimilarIdeas(services.ideabar, caller, { title, boardId, limit: SIMILAR_SHOWN });
  } catch (error) {
    // A team's board that was never opened has no ideas to be like.
    if (error instanceof NotFoundError) return [];
    throw error;
  }
}

/** What the person typed, to put back in the form. */
export function draftOf(payload: VerbPayload<'checkSimilarIdeas'>): NewIdeaDraft {
  return {
    ...(payload.title ? { title: payload.title } : {}),
    ...(payload.description ? { description: payload.description } : {}),
    ...(payload.category ? { category: payload.category } : {}),
    ...(payload.tags ? { tags: payload.tags } : {}),
  };
}
