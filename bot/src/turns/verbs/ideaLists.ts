import { getIdea, listIdeas, type Caller } from '@ideabar/core';
import type { BotServices } from '../../botServices.js';
import type { AdaptiveCard } from '../../cards/adaptiveCard.js';
import { ideaListCard, LIST_LENGTH } from '../../cards/ideaListCard.js';
import { myIdeasCard } from '../../cards/myIdeasCard.js';
import { latestAnswer } from './ideaViews.js';
import type { IdeaList } from './verbs.js';

export interface IdeaListRequest {
  list: IdeaList;
  /** The conversation's board; undefined is the tenant's default board. */
  boardId: string | undefined;
  /** The reader's Teams id, whose client refreshes the card to their own view. */
  teamsUserId: string;
  /** `shared` when the card is posted where others read it too: it then shows no one's votes. */
  viewer: 'person' | 'shared';
  note?: string;
  /** The reader's language (the activity's `locale`). */
  locale?: string | undefined;
}

/**
 * One of the lists, read as `caller` through the same use case as the tab's board: `top` and `trending` are the
 * board's open ideas (new, under review, planned, in progress), finished ones being the board's to show; `mine` is
 * the caller's ideas, newest first, each with IT's latest answer.
 */
export async function ideaListFor(
  services: BotServices,
  caller: Caller,
  request: IdeaListRequest,
): Promise<AdaptiveCard> {
  const { list, boardId, teamsUserId } = request;
  const onBoard = boardId ? { boardId } : {};
  if (list === 'mine') {
    const page = await listIdeas(services.ideabar, caller, {
      mine: 'true',
      sort: 'new',
      limit: LIST_LENGTH,
      ...onBoard,
    });
    // Each idea's history holds IT's answers; a handful of reads, side by side.
    const details = await Promise.all(page.items.map((idea) => getIdea(services.ideabar, caller, idea.id)));
    return myIdeasCard(services.settings, {
      ideas: details.map((idea) => ({ idea, answer: latestAnswer(idea) })),
      total: page.total,
      boardId,
      refreshFor: [teamsUserId],
      ...(request.locale ? { locale: request.locale } : {}),
    });
  }
  const page = await listIdeas(services.ideabar, caller, {
    sort: list,
    status: 'open',
    limit: LIST_LENGTH,
    ...onBoard,
  });
  return ideaListCard(services.settings, {
    list,
    boardId,
    ideas: page.items,
    total: page.total,
    viewer: request.viewer,
    refreshFor: [teamsUserId],
    ...(request.note ? { note: request.note } : {}),
    ...(request.locale ? { locale: request.locale } : {}),
  });
}
