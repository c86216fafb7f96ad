import { IDEA_LIMITS, type IdeaView } from '@ideabar/core';
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
}

export function ideaCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'tabUrl'>,
  input: IdeaCardInput,
): AdaptiveCard {
  const { idea, viewer } = input;
  const status = STATUS_LABELS[idea.status];
  const person = viewer.kind === 'person';
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
    ...(person && idea.myVote
      ? [textBlock('✓ You voted for this idea.', { color: 'good', spacing: 'small' })]
      : []),
  ];

  const ideaId = idea.id;
  const actions: CardAction[] = [
    person && idea.myVote
      ? executeAction('withdrawVote', 'Withdraw my vote', { ideaId })
      : executeAction('vote', 'Vote', { ideaId }, { style: 'positive' }),
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
