import { translatorFor, type IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { executeAction } from '../turns/verbs/verbs.js';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardAction } from './adaptiveCard.js';
import { ideaLink } from './ideaLink.js';
import { escapeMarkdown, excerpt, plainBlock, plainRun, runsAround } from './plainText.js';
import { statusLabel } from './statusLabels.js';

export interface VoteRefusedInput {
  /** Why, in the voter's language (see refusalMessage). */
  message: string;
  /** The idea that was voted on. */
  idea: Pick<IdeaView, 'id' | 'boardId' | 'title'>;
  /** For a duplicate: the idea it was merged into, when the voter may see it. */
  mergedInto: Pick<IdeaView, 'id' | 'boardId' | 'title' | 'votes' | 'status' | 'myVote'> | null;
  /** The voter's language (the click's `locale`). */
  locale?: string;
}

/**
 * A vote the idea does not take (delivered, or merged into another): why, in the voter's language, and for a
 * duplicate the idea that does take it, with its vote button, so the vote is one click away rather than lost.
 */
export function voteRefusedCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  { message, idea, mergedInto, locale }: VoteRefusedInput,
): AdaptiveCard {
  const translator = translatorFor(locale);
  const { t } = translator;
  const actions: CardAction[] = [];
  if (mergedInto) {
    actions.push(
      mergedInto.myVote
        ? {
            type: 'Action.OpenUrl',
            title: t('card.refused.openIt'),
            url: ideaLink(settings, mergedInto.id, mergedInto.boardId),
          }
        : executeAction(
            'vote',
            t('card.refused.voteInstead'),
            { ideaId: mergedInto.id, from: 'merged' },
            { style: 'positive' },
          ),
    );
    if (!mergedInto.myVote) {
      actions.push({
        type: 'Action.OpenUrl',
        title: t('card.refused.openIt'),
        url: ideaLink(settings, mergedInto.id, mergedInto.boardId),
      });
    }
  } else {
    actions.push({
      type: 'Action.OpenUrl',
      title: t('card.openInIdeaBar'),
      url: ideaLink(settings, idea.id, idea.boardId),
    });
  }
  return adaptiveCard(
    [
      textBlock(t('card.refused.title'), { weight: 'bolder', color: 'warning' }),
      plainBlock([plainRun(excerpt(idea.title, 120), { isSubtle: true })], { spacing: 'none' }),
      textBlock(escapeMarkdown(message), { spacing: 'small' }),
      ...(mergedInto
        ? [
            plainBlock(
              runsAround((title) => t('card.idea.mergedInto', { title }), mergedInto.title, {
                weight: 'bolder',
              }),
              {
                spacing: 'medium',
              },
            ),
            textBlock(
              t('card.statusAndVotes', {
                status: statusLabel(translator, mergedInto.status),
                votes: mergedInto.votes,
              }) + (mergedInto.myVote ? ` · ${t('card.refused.votedAlready')}` : ''),
              { isSubtle: true, spacing: 'none', size: 'small' },
            ),
          ]
        : []),
    ],
    actions,
    undefined,
    translator.dir,
  );
}
