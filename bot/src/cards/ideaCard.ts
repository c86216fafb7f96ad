import { IDEA_LIMITS, type IdeaView, type StatusChangeView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { executeAction } from '../verbs/verbs.js';
import {
  adaptiveCard,
  textBlock,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptiveCard.js';
import { ideaLink } from './ideaLink.js';
import { excerpt, plainBlock, plainRun } from './plainText.js';
import { plural, STATUS_LABELS } from './statusLabels.js';

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
}

export type IdeaAnswer = Pick<StatusChangeView, 'by' | 'kind'> & { response: string };

export function ideaCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  input: IdeaCardInput,
): AdaptiveCard {
  const { idea, viewer, answer, mergedInto } = input;
  const status = STATUS_LABELS[idea.status];
  const person = viewer.kind === 'person';
  const merged = idea.status === 'duplicate';
  const body: CardElement[] = [
    ...(input.note ? [textBlock(input.note, { size: 'small', isSubtle: true, spacing: 'none' })] : []),
    plainBlock([plainRun(idea.title, { weight: 'bolder', size: 'medium' })]),
    plainBlock([plainRun(excerpt(idea.description, DESCRIPTION_EXCERPT))], { spacing: 'small' }),
    plainBlock(
      [
        plainRun('By ', { isSubtle: true }),
        plainRun(idea.author.name, { isSubtle: true }),
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
          items: [textBlock(status.label, { weight: 'bolder', color: status.color })],
        },
        {
          type: 'Column',
          width: 'stretch',
          items: [
            textBlock(
              `${plural(idea.votes, 'vote', 'votes')} · ${plural(idea.commentCount, 'comment', 'comments')}`,
              { isSubtle: true },
            ),
          ],
        },
      ],
    },
    ...(merged
      ? [
          mergedInto
            ? plainBlock([plainRun('Merged into '), plainRun(mergedInto.title, { weight: 'bolder' })], {
                spacing: 'small',
              })
            : textBlock('Merged into another idea.', { spacing: 'small' }),
        ]
      : []),
    ...(answer
      ? [
          plainBlock(
            [
              plainRun(answer.kind === 'appeal' ? `${answer.by.name} appealed: ` : `${answer.by.name}: `, {
                weight: 'bolder',
              }),
              plainRun(excerpt(answer.response, ANSWER_EXCERPT)),
            ],
            { spacing: 'small' },
          ),
        ]
      : []),
    ...(person && idea.myVote
      ? [textBlock('✓ You voted for this idea.', { color: 'good', spacing: 'small' })]
      : []),
  ];

  const ideaId = idea.id;
  // A duplicate takes no votes (its votes moved): its card points to the idea that does.
  const first: CardAction[] = merged
    ? mergedInto
      ? [
          {
            type: 'Action.OpenUrl',
            title: 'Go to the idea it was merged into',
            url: ideaLink(settings, mergedInto.id, mergedInto.boardId),
          },
        ]
      : []
    : [
        person && idea.myVote
          ? executeAction('withdrawVote', 'Withdraw my vote', { ideaId })
          : executeAction('vote', 'Vote', { ideaId }, { style: 'positive' }),
      ];
  const actions: CardAction[] = [
    ...first,
    { type: 'Action.OpenUrl', title: 'Open in IdeaBar', url: ideaLink(settings, ideaId, idea.boardId) },
    {
      type: 'Action.ShowCard',
      title: 'Comment',
      card: adaptiveCard(
        [
          {
            type: 'Input.Text',
            id: 'comment',
            label: 'Your comment',
            isMultiline: true,
            maxLength: IDEA_LIMITS.commentMax,
            isRequired: true,
            errorMessage: 'Enter a comment.',
          },
        ],
        [executeAction('comment', 'Post comment', { ideaId })],
      ),
    },
  ];
  // Following is offered to voters: a status change reaches the author and the voters who asked for it.
  if (person && (idea.myVote || viewer.following)) {
    actions.push(
      viewer.following
        ? executeAction('unfollow', 'Stop following', { ideaId })
        : executeAction('follow', 'Follow', { ideaId }),
    );
  }
  return adaptiveCard(body, actions, {
    action: executeAction('refreshIdea', 'Refresh', { ideaId }),
    userIds: input.refreshFor,
  });
}
