import type { Cycle, IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';
import { boardLink } from './boardLink.js';
import { cardDateTime } from './cardTimes.js';
import { plainBlock, plainRun } from './plainText.js';
import { rankedIdeasSection } from './rankedIdeas.js';
import { plural } from './statusLabels.js';

/** How many shortlisted ideas a results card lists; the board shows them all. */
export const RESULTS_LISTED = 15;

export interface CycleResultsInput {
  cycle: Cycle;
  boardName: string;
  /** The ranked shortlist, as cycleResults ranks it. */
  shortlist: IdeaView[];
  /** How many ideas took part. */
  ideas: number;
}

/** Posted to a board's channel once a cycle's voting has closed: the ranked shortlist that goes to IT review. */
export function cycleResultsCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  { cycle, boardName, shortlist, ideas }: CycleResultsInput,
): AdaptiveCard {
  const summary =
    shortlist.length > 0
      ? `${plural(ideas, 'idea', 'ideas')} took part. The shortlist goes to IT review, by votes:`
      : 'No ideas made the shortlist this time.';
  return adaptiveCard(
    [
      textBlock('Planning cycle results', { size: 'small', isSubtle: true }),
      plainBlock([plainRun(cycle.name, { weight: 'bolder', size: 'medium' })], { spacing: 'none' }),
      plainBlock([plainRun('On the board '), plainRun(boardName, { weight: 'bolder' })], {
        spacing: 'small',
      }),
      textBlock(`Voting closed ${cardDateTime(cycle.votingClosesAt)}. ${summary}`, { spacing: 'medium' }),
      ...rankedIdeasSection(settings, shortlist, RESULTS_LISTED),
    ],
    [{ type: 'Action.OpenUrl', title: 'Open the board', url: boardLink(settings, cycle.boardId) }],
  );
}
