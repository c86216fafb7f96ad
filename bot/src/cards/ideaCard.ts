import { IDEA_LIMITS, translatorFor, type IdeaView, type StatusChangeView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { executeAction } from '../turns/verbs/verbs.js';
import {
  adaptiveCard,
  textBlock,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptiveCard.js';
import { ideaLink } from './ideaLink.js';
import { excerpt, plainBlock, plainRun, runsAround } from './plainText.js';
import { STATUS_COLORS, statusLabel } from './statusLabels.js';

const BOLD = { weight: 'bolder' } as const;

/** How much of the description a card shows; the tab shows the rest. */
export const DESCRIPTION_EXCERPT = 280;
/** How much of IT's latest answer a card shows; the tab shows the rest, and the history. */
export const ANSWER_EXCERPT = 400;

/**
 * Whose view this is. `shared` is the card as posted in a conversation, the same for everyone; a person's own view
 * (the answer to their click, or their client's refresh) shows their vote and whether they follow.
 */
export type IdeaCardViewer = { kind: 'shared' } | { kind: 'person'; teamsId: string; following: boolean };

export interface IdeaCardInput {
  idea: IdeaView;
  viewer: IdeaCardViewer;
  /** Teams ids whose clients should fetch their own view when they show the card (at most 60 are kept). */
  refreshFor: string[];
  /** A line above the card, such as "New idea" or "Your vote is in". */
  note?: string;
  /** The latest public word on the idea's status (IT's response, or the author's appeal); none before there is one. */
  answer?: IdeaAnswer | null;
  /** For a duplicate: the idea it was merged into, when the reader may see it. */
  mergedInto?: Pick<IdeaView, 'id' | 'boardId' | 'title'> | null;
  /** The reader's language (an activity's `locale`); a shared card is in the language of whoever it was made for. */
  locale?: string;
}

export type IdeaAnswer = Pick<StatusChangeView, 'by' | 'kind'> & { response: string };

export function ideaCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  input: IdeaCardInput,
): AdaptiveCard {
  const { idea, viewer, answer, mergedInto } = input;
  const translator = translatorFor(input.locale);
  const { t } = translator;
  const person = viewer.kind === 'person';
  const merged = idea.status === 'duplicate';
  const body: CardElement[] = [
    ...(input.note ? [textBlock(input.note, { size: 'small', isSubtle: true, spacing: 'none' })] : []),
    plainBlock([plainRun(idea.title, { weight: 'bolder', size: 'medium' })]),
    plainBlock([plainRun(excerpt(idea.description, DESCRIPTION_EXCERPT))], { spacing: 'small' }),
    plainBlock(
      [
        plainRun(t('card.idea.by', { name: idea.author.name }), { isSubtle: true }),
        ...(idea.category
          ? [plainRun(' · ', { isSubtle: true }), plainRun(idea.category, { isSubtle: true })]
          : []),
      ],
      { spacing: 'small' },
    ),
    {
      type: 'ColumnSet',
      spacing: 'small',
      columns: [
        {
          type: 'Column',
          width: 'auto',
          items: [
            textBlock(statusLabel(translator, idea.status), {
              weight: 'bolder',
              color: STATUS_COLORS[idea.status],
            }),
          ],
        },
        {
          type: 'Column',
          width: 'stretch',
          items: [
            textBlock(
              `${t('count.votes', { count: idea.votes })} · ${t('count.comments', { count: idea.commentCount })}`,
              { isSubtle: true },
            ),
          ],
        },
      ],
    },
    ...(merged
      ? [
          mergedInto
            ? plainBlock(
                runsAround((title) => t('card.idea.mergedInto', { title }), mergedInto.title, BOLD),
                {
                  spacing: 'small',
                },
              )
            : textBlock(t('card.idea.mergedElsewhere'), { spacing: 'small' }),
        ]
      : []),
    ...(answer
      ? [
          plainBlock(
            [
              plainRun(
                answer.kind === 'appeal'
                  ? `${t('card.idea.appealed', { name: answer.by.name })} `
                  : `${answer.by.name}: `,
                { weight: 'bolder' },
              ),
              plainRun(excerpt(answer.response, ANSWER_EXCERPT)),
            ],
            { spacing: 'small' },
          ),
        ]
      : []),
    ...(person && idea.myVote
      ? [textBlock(t('card.idea.youVoted'), { color: 'good', spacing: 'small' })]
      : []),
  ];

  const ideaId = idea.id;
  // A duplicate takes no votes (its votes moved): its card points to the idea that does.
  const first: CardAction[] = merged
    ? mergedInto
      ? [
          {
            type: 'Action.OpenUrl',
            title: t('card.idea.goToMerged'),
            url: ideaLink(settings, mergedInto.id, mergedInto.boardId),
          },
        ]
      : []
    : [
        person && idea.myVote
          ? executeAction('withdrawVote', t('card.idea.withdrawVote'), { ideaId })
          : executeAction('vote', t('card.vote'), { ideaId }, { style: 'positive' }),
      ];
  const actions: CardAction[] = [
    ...first,
    { type: 'Action.OpenUrl', title: t('card.openInIdeaBar'), url: ideaLink(settings, ideaId, idea.boardId) },
    {
      type: 'Action.ShowCard',
      title: t('card.idea.comment'),
      card: adaptiveCard(
        [
          {
            type: 'Input.Text',
            id: 'comment',
            label: t('card.idea.yourComment'),
            isMultiline: true,
            maxLength: IDEA_LIMITS.commentMax,
            isRequired: true,
            errorMessage: t('card.idea.enterComment'),
          },
        ],
        [executeAction('comment', t('card.idea.postComment'), { ideaId })],
        undefined,
        translator.dir,
      ),
    },
  ];
  // Following is offered to voters: a status change reaches the author and the voters who asked for it.
  if (person && (idea.myVote || viewer.following)) {
    actions.push(
      viewer.following
        ? executeAction('unfollow', t('card.idea.stopFollowing'), { ideaId })
        : executeAction('follow', t('card.idea.follow'), { ideaId }),
    );
  }
  return adaptiveCard(
    body,
    actions,
    { action: executeAction('refreshIdea', t('card.refresh'), { ideaId }), userIds: input.refreshFor },
    translator.dir,
  );
}
