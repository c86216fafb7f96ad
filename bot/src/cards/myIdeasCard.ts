import type { IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { executeAction } from '../verbs/verbs.js';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard.js';
import type { IdeaAnswer } from './ideaCard.js';
import { ideaLink } from './ideaLink.js';
import { LIST_LENGTH } from './ideaListCard.js';
import { nextStepActions } from './nextSteps.js';
import { excerpt, plainBlock, plainRun } from './plainText.js';
import { plural, STATUS_LABELS } from './statusLabels.js';

/** How much of IT's latest answer each row shows; the idea in the tab has all of it. */
export const MY_ANSWER_EXCERPT = 200;

export interface MyIdeasCardInput {
  /** The person's newest ideas, each with the latest public word on it (none before IT answered). */
  ideas: { idea: IdeaView; answer: IdeaAnswer | null }[];
  /** How many ideas the person has on the board in all. */
  total: number;
  boardId: string | undefined;
  /** The reader's Teams id: the card is theirs alone, and refreshes for them. */
  refreshFor: string[];
}

/** `my ideas`: where each of the person's ideas stands, and what IT said last, newest idea first. */
export function myIdeasCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  { ideas, total, boardId, refreshFor }: MyIdeasCardInput,
): AdaptiveCard {
  const shown = ideas.slice(0, LIST_LENGTH);
  const rest = Math.max(0, total - shown.length);
  const body: CardElement[] = [
    textBlock('Your ideas', { weight: 'bolder', size: 'medium', spacing: 'none' }),
    ...(shown.length === 0
      ? [textBlock('You have not shared an idea on this board yet.', { isSubtle: true })]
      : shown.map(({ idea, answer }, index): CardElement => {
          const status = STATUS_LABELS[idea.status];
          return {
            type: 'Container',
            spacing: 'medium',
            separator: index > 0,
            items: [
              plainBlock([plainRun(excerpt(idea.title, 120), { weight: 'bolder' })]),
              textBlock(
                `**${status.label}** · ${plural(idea.votes, 'vote', 'votes')} · ` +
                  `${plural(idea.commentCount, 'comment', 'comments')} · [Open](${ideaLink(settings, idea.id, idea.boardId)})`,
                { color: status.color, spacing: 'none', size: 'small' },
              ),
              answer
                ? plainBlock(
                    [
                      plainRun(answer.kind === 'appeal' ? 'You appealed: ' : `${answer.by.name}: `, {
                        weight: 'bolder',
                      }),
                      plainRun(excerpt(answer.response, MY_ANSWER_EXCERPT)),
                    ],
                    { spacing: 'small' },
                  )
                : textBlock('No answer from IT yet.', { isSubtle: true, spacing: 'small', size: 'small' }),
            ],
          };
        })),
    ...(rest > 0
      ? [
          textBlock(`…and ${plural(rest, 'older idea', 'older ideas')} on the board.`, {
            isSubtle: true,
            spacing: 'medium',
          }),
        ]
      : []),
  ];
  return adaptiveCard(body, nextStepActions(settings, boardId, ['mine']), {
    action: executeAction('showIdeas', 'Refresh', { list: 'mine', ...(boardId ? { boardId } : {}) }),
    userIds: refreshFor,
  });
}
