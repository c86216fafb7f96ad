import type { IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';
import { ideaListSection } from './ideaListCard.js';
import { escapeMarkdown } from './plainText.js';

/** How long the board's schedule leaves between digests, as the card words it. */
export type DigestPeriod = 'day' | 'week' | 'month';

const SINCE: Record<DigestPeriod, string> = {
  day: 'since yesterday',
  week: 'this week',
  month: 'this month',
};

export interface DigestCardInput {
  boardName: string;
  period: DigestPeriod;
  top: IdeaView[];
  trending: IdeaView[];
}

/** The periodic digest a board channel gets: its top and trending ideas. */
export function digestCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  input: DigestCardInput,
): AdaptiveCard {
  return adaptiveCard([
    textBlock(`IdeaBar digest: ${escapeMarkdown(input.boardName)}`, { size: 'medium', weight: 'bolder' }),
    textBlock(`What people backed ${SINCE[input.period]}. Vote on any idea in the tab.`, { isSubtle: true }),
    ...ideaListSection(settings, 'Trending', input.trending),
    ...ideaListSection(settings, 'Top', input.top),
  ]);
}
