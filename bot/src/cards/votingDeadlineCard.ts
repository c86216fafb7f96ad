import type { Cycle, IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';
import { boardLink } from './boardLink.js';
import { cardDateTime, timeLeft } from './cardTimes.js';
import { plainBlock, plainRun } from './plainText.js';
import { rankedIdeasSection } from './rankedIdeas.js';

/** How many of the leading ideas a deadline reminder shows. */
export const LEADING_IDEAS = 5;

export interface VotingDeadlineInput {
  cycle: Cycle;
  boardName: string;
  now: Date;
  /** The cycle's ideas by votes right now, first the most. */
  leading: IdeaView[];
}

/** Reminds a board's channel that a cycle's voting closes soon, with the ideas leading now. */
export function votingDeadlineCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  { cycle, boardName, now, leading }: VotingDeadlineInput,
): AdaptiveCard {
  const standings =
    leading.length > 0
      ? [
          textBlock('Leading now', { weight: 'bolder', spacing: 'medium' }),
          ...rankedIdeasSection(settings, leading, LEADING_IDEAS, { votes: true }),
        ]
      : [textBlock('No ideas in this cycle yet: there is still time to share one.', { spacing: 'medium' })];
  return adaptiveCard(
    [
      textBlock(`Voting closes in ${timeLeft(now, cycle.votingClosesAt)}`, {
        size: 'medium',
        weight: 'bolder',
        color: 'warning',
      }),
      plainBlock(
        [plainRun(cycle.name, { weight: 'bolder' }), plainRun(` · ${boardName}`, { isSubtle: true })],
        {
          spacing: 'none',
        },
      ),
      textBlock(
        `Voting closes ${cardDateTime(cycle.votingClosesAt)}; then the top ${cycle.shortlistSize} go to IT review. ` +
          'Vote for the ideas you want most on the board.',
        { spacing: 'small' },
      ),
      ...standings,
    ],
    [{ type: 'Action.OpenUrl', title: 'Vote on the board', url: boardLink(settings, cycle.boardId) }],
  );
}
