import type { IdeaView, StatusChangedEvent } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard.js';
import { ideaLink } from './ideaLink.js';
import { excerpt, plainBlock, plainRun } from './plainText.js';
import { STATUS_LABELS } from './statusLabels.js';

/** The personal note to an author or follower that an idea moved, with what IT said about it. */
export function statusChangeCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  idea: IdeaView,
  change: StatusChangedEvent,
  reason: 'author' | 'follower',
): AdaptiveCard {
  const to = STATUS_LABELS[change.to];
  const response: CardElement[] = change.response
    ? [
        plainBlock(
          [plainRun(`${change.by.name}: `, { weight: 'bolder' }), plainRun(excerpt(change.response, 600))],
          {
            spacing: 'small',
          },
        ),
      ]
    : [];
  return adaptiveCard(
    [
      textBlock(reason === 'author' ? 'Your idea has news' : 'An idea you follow has news', {
        size: 'small',
        isSubtle: true,
      }),
      plainBlock([plainRun(idea.title, { weight: 'bolder', size: 'medium' })]),
      textBlock(
        change.from === change.to
          ? `IT answered; still **${to.label}**`
          : change.from
            ? `${STATUS_LABELS[change.from].label} → **${to.label}**`
            : `Now **${to.label}**`,
        { color: to.color },
      ),
      ...response,
    ],
    [{ type: 'Action.OpenUrl', title: 'Open in IdeaBar', url: ideaLink(settings, idea.id, idea.boardId) }],
  );
}
