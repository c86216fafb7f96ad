import type { IdeaView, StatusChangedEvent } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard.js';
import { ideaLink } from './ideaLink.js';
import { excerpt, plainBlock, plainRun } from './plainText.js';

/** The personal note that an idea was merged into another: which one, and that votes and following moved there. */
export function mergedIdeaCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  duplicate: IdeaView,
  into: IdeaView,
  change: StatusChangedEvent,
  reason: 'author' | 'follower',
): AdaptiveCard {
  const response: CardElement[] = change.response
    ? [
        plainBlock(
          [plainRun(`${change.by.name}: `, { weight: 'bolder' }), plainRun(excerpt(change.response, 600))],
          { spacing: 'small' },
        ),
      ]
    : [];
  return adaptiveCard(
    [
      textBlock(reason === 'author' ? 'Your idea was merged' : 'An idea you follow was merged', {
        size: 'small',
        isSubtle: true,
      }),
      plainBlock([plainRun(duplicate.title, { weight: 'bolder' })], { spacing: 'none' }),
      textBlock('IT found it on the board already, and merged it into:', { spacing: 'small' }),
      plainBlock([plainRun(into.title, { weight: 'bolder', size: 'medium' })], { spacing: 'none' }),
      // Sent while the merge is under way, so no vote count: the votes are still moving.
      textBlock(
        'Its votes count there now (nobody counts twice), and its followers follow that idea. Comment and ' +
          'vote on it from now on.',
        { spacing: 'small' },
      ),
      ...response,
    ],
    [{ type: 'Action.OpenUrl', title: 'Go to the idea', url: ideaLink(settings, into.id, into.boardId) }],
  );
}
