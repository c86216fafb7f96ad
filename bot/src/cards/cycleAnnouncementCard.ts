import type { Cycle, IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';
import { boardLink } from './boardLink.js';
import { cardDate, cardDateTime } from './cardTimes.js';
import { plainBlock, plainRun } from './plainText.js';
import { rankedIdeasSection } from './rankedIdeas.js';

export interface CycleAnnouncementInput {
  cycle: Cycle;
  boardName: string;
  /** The cycle's leading ideas so far (IT may bring ideas into a cycle before it opens), to vote on right here. */
  leading?: IdeaView[];
}

/** Posted to a board's channel when a planning cycle starts taking ideas: its windows, and how to take part. */
export function cycleAnnouncementCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  { cycle, boardName, leading = [] }: CycleAnnouncementInput,
): AdaptiveCard {
  return adaptiveCard(
    [
      textBlock('A planning cycle is open', { size: 'small', isSubtle: true }),
      plainBlock([plainRun(cycle.name, { weight: 'bolder', size: 'medium' })], { spacing: 'none' }),
      plainBlock([plainRun('On the board '), plainRun(boardName, { weight: 'bolder' })], {
        spacing: 'small',
      }),
      textBlock(
        `**Ideas:** ${cardDate(cycle.submissionOpensAt)} to ${cardDateTime(cycle.submissionClosesAt)}`,
        { spacing: 'medium' },
      ),
      textBlock(`**Voting:** ${cardDate(cycle.votingOpensAt)} to ${cardDateTime(cycle.votingClosesAt)}`, {
        spacing: 'none',
      }),
      textBlock(
        'Share an idea on the board, or type **new idea** in a chat with IdeaBar: ideas shared while the cycle ' +
          'takes them join it.',
        { spacing: 'medium' },
      ),
      textBlock(
        `Vote for the ideas you want most. When voting closes, the top ${cycle.shortlistSize} go to IT review.`,
      ),
      ...(leading.length > 0
        ? [
            textBlock('In the cycle so far', { weight: 'bolder', spacing: 'medium' }),
            ...rankedIdeasSection(settings, leading, leading.length, { votes: true }),
          ]
        : []),
    ],
    [{ type: 'Action.OpenUrl', title: 'Open the board', url: boardLink(settings, cycle.boardId) }],
  );
}
