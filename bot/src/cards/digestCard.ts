import { translatorFor, type IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';
import { ideaListSection } from './ideaListCard.js';
import { escapeMarkdown } from './plainText.js';

/** How long the board's schedule leaves between digests, as the card words it. */
export type DigestPeriod = 'day' | 'week' | 'month';

export interface DigestCardInput {
  boardName: string;
  period: DigestPeriod;
  top: IdeaView[];
  trending: IdeaView[];
  /** The channel's language (see ConversationRecord.locale); English when unknown. */
  locale?: string | null | undefined;
}

/** The periodic digest a board channel gets: its top and trending ideas. */
export function digestCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  input: DigestCardInput,
): AdaptiveCard {
  const translator = translatorFor(input.locale);
  const { t } = translator;
  return adaptiveCard(
    [
      textBlock(t('notice.digest.title', { board: escapeMarkdown(input.boardName) }), {
        size: 'medium',
        weight: 'bolder',
      }),
      textBlock(t('notice.digest.intro', { period: input.period }), { isSubtle: true }),
      ...ideaListSection(settings, t('notice.digest.trending'), input.trending, translator),
      ...ideaListSection(settings, t('notice.digest.top'), input.top, translator),
    ],
    [],
    undefined,
    translator.dir,
  );
}
