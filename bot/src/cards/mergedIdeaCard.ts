import { translatorFor, type IdeaView, type StatusChangedEvent } from '@ideabar/core';
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
  /** The recipient's language, as stored with their chat; English when unknown. */
  locale?: string | null,
): AdaptiveCard {
  const translator = translatorFor(locale);
  const { t } = translator;
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
      textBlock(t(reason === 'author' ? 'notice.merged.author' : 'notice.merged.follower'), {
        size: 'small',
        isSubtle: true,
      }),
      plainBlock([plainRun(duplicate.title, { weight: 'bolder' })], { spacing: 'none' }),
      textBlock(t('notice.merged.foundIt'), { spacing: 'small' }),
      plainBlock([plainRun(into.title, { weight: 'bolder', size: 'medium' })], { spacing: 'none' }),
      // Sent while the merge is under way, so no vote count: the votes are still moving.
      textBlock(t('notice.merged.votesMoved'), { spacing: 'small' }),
      ...response,
    ],
    [
      {
        type: 'Action.OpenUrl',
        title: t('notice.merged.go'),
        url: ideaLink(settings, into.id, into.boardId),
      },
    ],
    undefined,
    translator.dir,
  );
}
