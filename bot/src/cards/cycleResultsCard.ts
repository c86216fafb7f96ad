import { translatorFor, type Cycle, type IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';
import { boardLink } from './boardLink.js';
import { cardDateTime } from './cardTimes.js';
import { plainBlock, plainRun, runsAround } from './plainText.js';
import { rankedIdeasSection } from './rankedIdeas.js';

/** How many shortlisted ideas a results card lists; the board shows them all. */
export const RESULTS_LISTED = 15;

export interface CycleResultsInput {
  cycle: Cycle;
  boardName: string;
  /** The ranked shortlist, as cycleResults ranks it. */
  shortlist: IdeaView[];
  /** How many ideas took part. */
  ideas: number;
  /** The channel's language, as its board's settings or the poster's activity give it; English when unknown. */
  locale?: string;
}

/** Posted to a board's channel once a cycle's voting has closed: the ranked shortlist that goes to IT review. */
export function cycleResultsCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  { cycle, boardName, shortlist, ideas, locale }: CycleResultsInput,
): AdaptiveCard {
  const translator = translatorFor(locale);
  const { t } = translator;
  const closed = cardDateTime(cycle.votingClosesAt);
  const summary =
    shortlist.length > 0 ? t('card.results.summary', { closed, ideas }) : t('card.results.none', { closed });
  return adaptiveCard(
    [
      textBlock(t('card.results.kicker'), { size: 'small', isSubtle: true }),
      plainBlock([plainRun(cycle.name, { weight: 'bolder', size: 'medium' })], { spacing: 'none' }),
      plainBlock(
        runsAround((board) => t('card.results.onBoard', { board }), boardName, { weight: 'bolder' }),
        {
          spacing: 'small',
        },
      ),
      textBlock(summary, { spacing: 'medium' }),
      ...rankedIdeasSection(settings, shortlist, RESULTS_LISTED, { translator }),
    ],
    [{ type: 'Action.OpenUrl', title: t('card.next.board'), url: boardLink(settings, cycle.boardId) }],
    undefined,
    translator.dir,
  );
}
