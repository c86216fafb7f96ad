import { translatorFor, type Cycle, type IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';
import { boardLink } from './boardLink.js';
import { cardDate, cardDateTime } from './cardTimes.js';
import { plainBlock, plainRun, runsAround } from './plainText.js';
import { rankedIdeasSection } from './rankedIdeas.js';

export interface CycleAnnouncementInput {
  cycle: Cycle;
  boardName: string;
  /** The cycle's leading ideas so far (IT may bring ideas into a cycle before it opens), to vote on right here. */
  leading?: IdeaView[];
  /** The channel's language (see ConversationRecord.locale); English when unknown. */
  locale?: string | null | undefined;
}

/** Posted to a board's channel when a planning cycle starts taking ideas: its windows, and how to take part. */
export function cycleAnnouncementCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  { cycle, boardName, leading = [], locale }: CycleAnnouncementInput,
): AdaptiveCard {
  const translator = translatorFor(locale);
  const { t } = translator;
  return adaptiveCard(
    [
      textBlock(t('notice.cycle.kicker'), { size: 'small', isSubtle: true }),
      plainBlock([plainRun(cycle.name, { weight: 'bolder', size: 'medium' })], { spacing: 'none' }),
      plainBlock(
        runsAround((board) => t('card.results.onBoard', { board }), boardName, { weight: 'bolder' }),
        { spacing: 'small' },
      ),
      textBlock(
        t('notice.cycle.ideas', {
          opens: cardDate(cycle.submissionOpensAt),
          closes: cardDateTime(cycle.submissionClosesAt),
        }),
        { spacing: 'medium' },
      ),
      textBlock(
        t('notice.cycle.voting', {
          opens: cardDate(cycle.votingOpensAt),
          closes: cardDateTime(cycle.votingClosesAt),
        }),
        { spacing: 'none' },
      ),
      textBlock(t('notice.cycle.howToShare'), { spacing: 'medium' }),
      textBlock(t('notice.cycle.howToVote', { count: cycle.shortlistSize })),
      ...(leading.length > 0
        ? [
            textBlock(t('notice.cycle.soFar'), { weight: 'bolder', spacing: 'medium' }),
            ...rankedIdeasSection(settings, leading, leading.length, { votes: true, translator }),
          ]
        : []),
    ],
    [{ type: 'Action.OpenUrl', title: t('card.next.board'), url: boardLink(settings, cycle.boardId) }],
    undefined,
    translator.dir,
  );
}
