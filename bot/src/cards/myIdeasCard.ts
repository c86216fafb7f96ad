import { translatorFor, type IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { executeAction } from '../turns/verbs/verbs.js';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard.js';
import type { IdeaAnswer } from './ideaCard.js';
import { ideaLink } from './ideaLink.js';
import { LIST_LENGTH } from './ideaListCard.js';
import { nextStepActions } from './nextSteps.js';
import { excerpt, plainBlock, plainRun } from './plainText.js';
import { STATUS_COLORS, statusLabel } from './statusLabels.js';

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
  /** The reader's language (an activity's `locale`). */
  locale?: string;
}

/** `my ideas`: where each of the person's ideas stands, and what IT said last, newest idea first. */
export function myIdeasCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  { ideas, total, boardId, refreshFor, locale }: MyIdeasCardInput,
): AdaptiveCard {
  const translator = translatorFor(locale);
  const { t } = translator;
  const shown = ideas.slice(0, LIST_LENGTH);
  const rest = Math.max(0, total - shown.length);
  const body: CardElement[] = [
    textBlock(t('card.mine.title'), { weight: 'bolder', size: 'medium', spacing: 'none' }),
    ...(shown.length === 0
      ? [textBlock(t('card.mine.empty'), { isSubtle: true })]
      : shown.map(({ idea, answer }, index): CardElement => {
          return {
            type: 'Container',
            spacing: 'medium',
            separator: index > 0,
            items: [
              plainBlock([plainRun(excerpt(idea.title, 120), { weight: 'bolder' })]),
              textBlock(
                `**${statusLabel(translator, idea.status)}** · ${t('count.votes', { count: idea.votes })} · ` +
                  `${t('count.comments', { count: idea.commentCount })} · ` +
                  `[${t('card.openLink')}](${ideaLink(settings, idea.id, idea.boardId)})`,
                { color: STATUS_COLORS[idea.status], spacing: 'none', size: 'small' },
              ),
              answer
                ? plainBlock(
                    [
                      plainRun(
                        answer.kind === 'appeal' ? `${t('card.mine.youAppealed')} ` : `${answer.by.name}: `,
                        {
                          weight: 'bolder',
                        },
                      ),
                      plainRun(excerpt(answer.response, MY_ANSWER_EXCERPT)),
                    ],
                    { spacing: 'small' },
                  )
                : textBlock(t('card.mine.noAnswer'), { isSubtle: true, spacing: 'small', size: 'small' }),
            ],
          };
        })),
    ...(rest > 0
      ? [
          textBlock(t('card.olderIdeas', { count: rest }), {
            isSubtle: true,
            spacing: 'medium',
          }),
        ]
      : []),
  ];
  return adaptiveCard(
    body,
    nextStepActions(settings, boardId, ['mine'], translator),
    {
      action: executeAction('showIdeas', t('card.refresh'), {
        list: 'mine',
        ...(boardId ? { boardId } : {}),
      }),
      userIds: refreshFor,
    },
    translator.dir,
  );
}
