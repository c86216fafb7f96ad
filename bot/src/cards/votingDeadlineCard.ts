import { translatorFor, type Cycle, type IdeaView } from '@ideabar/core';
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
  /** The channel's language (see ConversationRecord.locale); English when unknown. */
  locale?: string | null | undefined;
}

/** Reminds a board's channel that a cycle's voting closes soon, with the ideas leading now. */
export function votingDeadlineCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  { cycle, boardName, now, leading, locale }: VotingDeadlineInput,
): AdaptiveCard {
  const translator = translatorFor(locale);
  const { t } = translator;
  const standings =
    leading.length > 0
      ? [
          textBlock(t('notice.deadline.leading'), { weight: 'bolder', spacing: 'medium' }),
          ...rankedIdeasSection(settings, leading, LEADING_IDEAS, { votes: true, translator }),
        ]
      : [textBlock(t('notice.deadline.empty'), { spacing: 'medium' })];
  return adaptiveCard(
    [
      textBlock(t('notice.deadline.closesIn', { ...timeLeft(now, cycle.votingClosesAt) }), {
        size: 'medium',
        weight: 'bolder',
        color: 'warning',
      }),
      plainBlock(
        [plainRun(cycle.name, { weight: 'bolder' }), plainRun(` · ${boardName}`, { isSubtle: true })],
        { spacing: 'none' },
      ),
      textBlock(
        t('notice.deadline.then', { closes: cardDateTime(cycle.votingClosesAt), count: cycle.shortlistSize }),
        { spacing: 'small' },
      ),
      ...standings,
    ],
    [{ type: 'Action.OpenUrl', title: t('notice.deadline.vote'), url: boardLink(settings, cycle.boardId) }],
    undefined,
    translator.dir,
  );
}
