import type { IdeaView } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { textBlock, type CardElement } from './adaptiveCard.js';
import { ideaLink } from './ideaLink.js';
import { excerpt, plainBlock, plainRun } from './plainText.js';
import { plural } from './statusLabels.js';

/**
 * Ideas in rank order, each with its place, title, votes and a link: a cycle's standings and its shortlist. Past
 * `max` rows the rest are counted, not listed, which keeps a 50-idea shortlist well inside Teams' card size.
 */
export function rankedIdeasSection(
  settings: Pick<BotSettings, 'teamsAppId' | 'tabUrl'>,
  ideas: IdeaView[],
  max: number,
): CardElement[] {
  const rows = ideas.slice(0, max).map((idea, index): CardElement => ({
    type: 'ColumnSet',
    spacing: 'small',
    columns: [
      { type: 'Column', width: 'auto', items: [textBlock(`${index + 1}.`, { weight: 'bolder' })] },
      {
        type: 'Column',
        width: 'stretch',
        items: [
          plainBlock([plainRun(excerpt(idea.title, 100), { weight: 'bolder' })]),
          textBlock(
            `${plural(idea.votes, 'vote', 'votes')} · [Open](${ideaLink(settings, idea.id, idea.boardId)})`,
            { isSubtle: true, spacing: 'none', size: 'small' },
          ),
        ],
      },
    ],
  }));
  const rest = ideas.length - rows.length;
  return rest > 0
    ? [
        ...rows,
        textBlock(`…and ${plural(rest, 'more idea', 'more ideas')} on the board.`, { isSubtle: true }),
      ]
    : rows;
}
