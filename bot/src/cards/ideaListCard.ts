import type { IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptiveCard.js';
import { ideaLink } from './ideaLink.js';
import { excerpt, plainBlock, plainRun } from './plainText.js';
import { plural, STATUS_LABELS } from './statusLabels.js';

export const LIST_LENGTH = 5;

/** A short ranked list (top, trending, a digest's sections): each idea's title, status, votes and a link. */
export function ideaListSection(
  settings: Pick<BotSettings, 'teamsAppId' | 'tabUrl'>,
  heading: string,
  ideas: IdeaView[],
): CardElement[] {
  if (ideas.length === 0)
    return [textBlock(heading, { weight: 'bolder' }), textBlock('No ideas yet.', { isSubtle: true })];
  return [
    textBlock(heading, { weight: 'bolder', spacing: 'medium' }),
    ...ideas.slice(0, LIST_LENGTH).map((idea, index): CardElement => ({
      type: 'ColumnSet',
      spacing: 'small',
      columns: [
        { type: 'Column', width: 'auto', items: [textBlock(`${index + 1}.`, { weight: 'bolder' })] },
        {
          type: 'Column',
          width: 'stretch',
          items: [
            plainBlock([plainRun(excerpt(idea.title, 120), { weight: 'bolder' })]),
            textBlock(
              `${STATUS_LABELS[idea.status].label} · ${plural(idea.votes, 'vote', 'votes')} · [Open](${ideaLink(settings, idea.id, idea.boardId)})`,
              { isSubtle: true, spacing: 'none', size: 'small' },
            ),
          ],
        },
      ],
    })),
  ];
}

export function ideaListCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'tabUrl'>,
  heading: string,
  ideas: IdeaView[],
): AdaptiveCard {
  return adaptiveCard(ideaListSection(settings, heading, ideas));
}
