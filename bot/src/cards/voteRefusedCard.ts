import type { IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { executeAction } from '../verbs/verbs.js';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardAction } from './adaptiveCard.js';
import { ideaLink } from './ideaLink.js';
import { escapeMarkdown, excerpt, plainBlock, plainRun } from './plainText.js';
import { plural, STATUS_LABELS } from './statusLabels.js';

export interface VoteRefusedInput {
  /** The domain's own message, shown unchanged: it says why. */
  message: string;
  /** The idea that was voted on. */
  idea: Pick<IdeaView, 'id' | 'boardId' | 'title'>;
  /** For a duplicate: the idea it was merged into, when the voter may see it. */
  mergedInto: Pick<IdeaView, 'id' | 'boardId' | 'title' | 'votes' | 'status' | 'myVote'> | null;
}

/**
 * A vote the idea does not take (delivered, or merged into another): why, in the domain's words, and for a
 * duplicate the idea that does take it, with its vote button, so the vote is one click away rather than lost.
 */
export function voteRefusedCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  { message, idea, mergedInto }: VoteRefusedInput,
): AdaptiveCard {
  const actions: CardAction[] = [];
  if (mergedInto) {
    actions.push(
      mergedInto.myVote
        ? {
            type: 'Action.OpenUrl',
            title: 'Open it',
            url: ideaLink(settings, mergedInto.id, mergedInto.boardId),
          }
        : executeAction(
            'vote',
            'Vote for it instead',
            { ideaId: mergedInto.id, from: 'merged' },
            { style: 'positive' },
          ),
    );
    if (!mergedInto.myVote) {
      actions.push({
        type: 'Action.OpenUrl',
        title: 'Open it',
        url: ideaLink(settings, mergedInto.id, mergedInto.boardId),
      });
    }
  } else {
    actions.push({
      type: 'Action.OpenUrl',
      title: 'Open in IdeaBar',
      url: ideaLink(settings, idea.id, idea.boardId),
    });
  }
  return adaptiveCard(
    [
      textBlock('This idea takes no more votes', { weight: 'bolder', color: 'warning' }),
      plainBlock([plainRun(excerpt(idea.title, 120), { isSubtle: true })], { spacing: 'none' }),
      textBlock(escapeMarkdown(message), { spacing: 'small' }),
      ...(mergedInto
        ? [
            plainBlock([plainRun('Merged into '), plainRun(mergedInto.title, { weight: 'bolder' })], {
              spacing: 'medium',
            }),
            textBlock(
              `${STATUS_LABELS[mergedInto.status].label} · ${plural(mergedInto.votes, 'vote', 'votes')}` +
                (mergedInto.myVote ? ' · ✓ you voted for it already' : ''),
              { isSubtle: true, spacing: 'none', size: 'small' },
            ),
          ]
        : []),
    ],
    actions,
  );
}
