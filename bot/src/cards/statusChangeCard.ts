import { translatorFor, type IdeaView, type StatusChangedEvent } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard.js';
import { ideaLink } from './ideaLink.js';
import { excerpt, plainBlock, plainRun } from './plainText.js';
import { STATUS_COLORS, statusLabel } from './statusLabels.js';

/** The personal note to an author or follower that an idea moved, with what IT said about it. */
export function statusChangeCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  idea: IdeaView,
  change: StatusChangedEvent,
  reason: 'author' | 'follower',
  /** The recipient's language, as stored with them (their last activity's `locale`); English when unknown. */
  locale?: string,
): AdaptiveCard {
  const translator = translatorFor(locale);
  const { t } = translator;
  const to = statusLabel(translator, change.to);
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
      textBlock(t(reason === 'author' ? 'card.status.authorNews' : 'card.status.followerNews'), {
        size: 'small',
        isSubtle: true,
      }),
      plainBlock([plainRun(idea.title, { weight: 'bolder', size: 'medium' })]),
      textBlock(
        change.from === change.to
          ? t('card.status.answered', { to })
          : change.from
            ? t('card.status.moved', { from: statusLabel(translator, change.from), to })
            : t('card.status.now', { to }),
        { color: STATUS_COLORS[change.to] },
      ),
      ...response,
    ],
    [
      {
        type: 'Action.OpenUrl',
        title: t('card.openInIdeaBar'),
        url: ideaLink(settings, idea.id, idea.boardId),
      },
    ],
    undefined,
    translator.dir,
  );
}
