import { takesVotes, translatorFor, type IdeaView, type Translator } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { executeAction } from '../turns/verbs/verbs.js';
import { textBlock, type CardAction, type Column, type CardElement } from './adaptiveCard.js';
import { ideaLink } from './ideaLink.js';
import { excerpt, plainBlock, plainRun } from './plainText.js';

/**
 * One numbered row of an idea list: its place, what is said of the idea, and any buttons beside it. Every list the
 * bot shows (digests, similar ideas, top and trending, a cycle's standings) lays its rows out this way.
 */
export function numberedRow(
  place: number,
  details: CardElement[],
  beside: Column[] = [],
  layout: { spacing: 'small' | 'medium'; separator?: boolean } = { spacing: 'small' },
): CardElement {
  return {
    type: 'ColumnSet',
    ...layout,
    columns: [
      { type: 'Column', width: 'auto', items: [textBlock(`${place}.`, { weight: 'bolder' })] },
      { type: 'Column', width: 'stretch', items: details },
      ...beside,
    ],
  };
}

/** A vote button for an idea of a cycle's card, where the idea still takes votes (not delivered or merged). */
function voteColumn(idea: IdeaView, { t }: Translator): Column[] {
  if (!takesVotes(idea.status)) return [];
  return [
    buttonColumn(
      executeAction(
        'vote',
        t('card.vote'),
        { ideaId: idea.id, from: 'cycle' },
        { style: 'positive', tooltip: t('card.voteFor', { title: excerpt(idea.title, 60) }) },
      ),
    ),
  ];
}

/** A row's button, beside it and centred on it. */
export const buttonColumn = (action: CardAction): Column => ({
  type: 'Column',
  width: 'auto',
  verticalContentAlignment: 'center',
  items: [{ type: 'ActionSet', actions: [action] }],
});

/**
 * Ideas in rank order, each with its place, title, votes and a link: a cycle's standings and its shortlist. Past
 * `max` rows the rest are counted, not listed, which keeps a 50-idea shortlist well inside Teams' card size. With
 * `votes`, each row that takes votes has a vote button (the card is shared, so it shows no one's vote).
 */
export function rankedIdeasSection(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  ideas: IdeaView[],
  max: number,
  options: { votes?: boolean; translator?: Translator } = {},
): CardElement[] {
  const translator = options.translator ?? translatorFor('en');
  const { t } = translator;
  const rows = ideas
    .slice(0, max)
    .map((idea, index) =>
      numberedRow(
        index + 1,
        [
          plainBlock([plainRun(excerpt(idea.title, 100), { weight: 'bolder' })]),
          textBlock(
            `${t('count.votes', { count: idea.votes })} · ` +
              `[${t('card.openLink')}](${ideaLink(settings, idea.id, idea.boardId)})`,
            { isSubtle: true, spacing: 'none', size: 'small' },
          ),
        ],
        options.votes ? voteColumn(idea, translator) : [],
      ),
    );
  const rest = ideas.length - rows.length;
  return rest > 0 ? [...rows, textBlock(t('card.moreIdeas', { count: rest }), { isSubtle: true })] : rows;
}
