import { translatorFor, type IdeaView, type Translator } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { executeAction } from '../turns/verbs/verbs.js';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard.js';
import { ideaLink } from './ideaLink.js';
import { nextStepActions } from './nextSteps.js';
import { buttonColumn, numberedRow } from './rankedIdeas.js';
import { excerpt, plainBlock, plainRun } from './plainText.js';
import { statusLabel } from './statusLabels.js';

export const LIST_LENGTH = 5;
/** How much of each description a list row shows: enough to tell ideas with similar titles apart. */
export const ROW_DESCRIPTION_EXCERPT = 110;

/** A short ranked list (a digest's sections, similar ideas): each idea's title, status, votes and a link. */
export function ideaListSection(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  heading: string,
  ideas: IdeaView[],
  translator: Translator = translatorFor('en'),
): CardElement[] {
  const { t } = translator;
  if (ideas.length === 0)
    return [textBlock(heading, { weight: 'bolder' }), textBlock(t('card.list.noIdeas'), { isSubtle: true })];
  return [
    textBlock(heading, { weight: 'bolder', spacing: 'medium' }),
    ...ideas
      .slice(0, LIST_LENGTH)
      .map((idea, index) =>
        numberedRow(index + 1, [
          plainBlock([plainRun(excerpt(idea.title, 120), { weight: 'bolder' })]),
          textBlock(
            `${t('card.statusAndVotes', { status: statusLabel(translator, idea.status), votes: idea.votes })} · ` +
              `[${t('card.openLink')}](${ideaLink(settings, idea.id, idea.boardId)})`,
            { isSubtle: true, spacing: 'none', size: 'small' },
          ),
        ]),
      ),
  ];
}

export interface IdeaListCardInput {
  list: 'top' | 'trending';
  /** The conversation's board; undefined is the tenant's default board. */
  boardId: string | undefined;
  /** The first ideas of the list, in order. */
  ideas: IdeaView[];
  /** How many open ideas the list has in all, so the card can say how many more the board holds. */
  total: number;
  /** `person`: the reader's own view, with their votes; `shared`: the card as posted, the same for everyone. */
  viewer: 'person' | 'shared';
  /** Teams ids whose clients fetch their own view (with their votes) when they show the card. */
  refreshFor: string[];
  /** A line above the list, such as "Your vote is in." */
  note?: string;
  /** The reader's language (an activity's `locale`). */
  locale?: string;
}

const HEADINGS = { top: 'card.list.top', trending: 'card.list.trending' } as const;

/**
 * `top` or `trending`: the board's open ideas, each with a vote button, so a person votes where they read. A
 * person's view shows their votes (a click on a voted idea withdraws it); the shared view shows no one's, and its
 * refresh asks each listed reader's client for their own.
 */
export function ideaListCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  input: IdeaListCardInput,
): AdaptiveCard {
  const { list, boardId, ideas, total } = input;
  const translator = translatorFor(input.locale);
  const { t } = translator;
  const onBoard = boardId ? { boardId } : {};
  const shown = ideas.slice(0, LIST_LENGTH);
  const rest = Math.max(0, total - shown.length);
  const body: CardElement[] = [
    ...(input.note ? [textBlock(input.note, { size: 'small', isSubtle: true, spacing: 'none' })] : []),
    textBlock(t(HEADINGS[list]), { weight: 'bolder', size: 'medium', spacing: 'none' }),
    ...(shown.length === 0
      ? [textBlock(t('card.list.empty'), { isSubtle: true })]
      : shown.map((idea, index): CardElement => {
          const voted = input.viewer === 'person' && idea.myVote;
          const from = { ideaId: idea.id, from: list, ...onBoard };
          return numberedRow(
            index + 1,
            [
              plainBlock([plainRun(excerpt(idea.title, 120), { weight: 'bolder' })]),
              plainBlock([plainRun(excerpt(idea.description, ROW_DESCRIPTION_EXCERPT), { isSubtle: true })], {
                spacing: 'none',
              }),
              textBlock(
                t('card.statusAndVotes', {
                  status: statusLabel(translator, idea.status),
                  votes: idea.votes,
                }) +
                  `${voted ? ` · ${t('card.youVoted')}` : ''} · ` +
                  `[${t('card.openLink')}](${ideaLink(settings, idea.id, idea.boardId)})`,
                { isSubtle: !voted, color: voted ? 'good' : 'default', spacing: 'none', size: 'small' },
              ),
            ],
            [
              buttonColumn(
                voted
                  ? executeAction('withdrawVote', t('card.withdraw'), from, {
                      tooltip: t('card.withdrawFor', { title: excerpt(idea.title, 60) }),
                    })
                  : executeAction('vote', t('card.vote'), from, {
                      style: 'positive',
                      tooltip: t('card.voteFor', { title: excerpt(idea.title, 60) }),
                    }),
              ),
            ],
            { spacing: 'medium', separator: index > 0 },
          );
        })),
    ...(rest > 0
      ? [
          textBlock(t('card.moreOpenIdeas', { count: rest }), {
            isSubtle: true,
            spacing: 'medium',
          }),
        ]
      : []),
  ];
  return adaptiveCard(
    body,
    nextStepActions(settings, boardId, list === 'top' ? ['top'] : [], translator),
    {
      action: executeAction('showIdeas', t('card.refresh'), { list, ...onBoard }),
      userIds: input.refreshFor,
    },
    translator.dir,
  );
}
