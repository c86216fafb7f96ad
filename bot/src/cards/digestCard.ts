import type { IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';
import { ideaListSection } from './ideaListCard.js';
import { escapeMarkdown } from './plainText.js';

export interface DigestCardInput {
  boardName: string;
  period: 'week' | 'month';
  top: IdeaView[];
  trending: IdeaView[];
}

/** The periodic digest a board channel gets: its top and trending ideas. */
export function digestCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'tabUrl'>,
  input: DigestCardInput,
): AdaptiveCard {
  return adaptiveCard([
    textBlock(`IdeaBar digest: ${escapeMarkdown(input.boardName)}`, { size: 'medium', weight: 'bolder' }),
    textBlock(`What people backed this ${input.period}. Vote on any idea in the tab.`, { isSubtle: true }),
    ...ideaListSection(settings, 'Trending', input.trending),
    ...ideaListSection(settings, 'Top', input.top),
  ]);
}
