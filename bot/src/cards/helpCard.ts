import { translatorFor, type MessageKey } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';
import { nextStepActions } from './nextSteps.js';
import { escapeMarkdown } from './plainText.js';
import type { WelcomePlace } from './welcomeCard.js';

/** A command as people type it (the bot reads commands in English, in every language) and what it does. */
export interface CommandHelp {
  command: string;
  does: MessageKey;
}

const EVERYWHERE: readonly CommandHelp[] = [
  { command: 'new idea', does: 'card.help.newIdea' },
  { command: 'top', does: 'card.help.top' },
  { command: 'trending', does: 'card.help.trending' },
  { command: 'my ideas', does: 'card.help.mine' },
];
const DIGEST: CommandHelp = { command: 'digest weekly', does: 'card.help.digest' };
const HELP: CommandHelp = { command: 'help', does: 'card.help.help' };

export interface HelpCardInput {
  place: WelcomePlace;
  /** The conversation's board; undefined is the tenant's default board. */
  boardId: string | undefined;
  /** Whether the reader is an IT member: some commands are IT's alone. */
  isItMember: boolean;
  /** What the person typed that was not a command, quoted back as text. */
  unknownText?: string;
  /** The reader's language (the message's `locale`). */
  locale?: string;
}

/** The commands that work here, for this person: `digest` only in a team's channel, and only for IT members. */
export function commandsFor(place: WelcomePlace, isItMember: boolean): CommandHelp[] {
  return [...EVERYWHERE, ...(place === 'channel' && isItMember ? [DIGEST] : []), HELP];
}

/**
 * What IdeaBar can do here, as commands and as buttons. Given what someone typed that was not a command, it says
 * so first, quoting it as text.
 */
export function helpCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  { place, boardId, isItMember, unknownText, locale }: HelpCardInput,
): AdaptiveCard {
  const translator = translatorFor(locale);
  const { t } = translator;
  const intro = unknownText
    ? textBlock(t('card.help.unknown', { text: escapeMarkdown(unknownText.slice(0, 80)) }))
    : textBlock(t('card.help.intro'), { weight: 'bolder' });
  const mention =
    place === 'personal' ? [] : [textBlock(t('card.help.mention'), { isSubtle: true, spacing: 'small' })];
  return adaptiveCard(
    [
      intro,
      ...commandsFor(place, isItMember).map(({ command, does }) =>
        textBlock(t('card.help.line', { command, does: t(does) }), { spacing: 'small' }),
      ),
      ...mention,
      textBlock(t('card.help.onCards'), { isSubtle: true, spacing: 'medium' }),
    ],
    nextStepActions(settings, boardId, [], translator),
    undefined,
    translator.dir,
  );
}
