import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';
import { nextStepActions } from './nextSteps.js';
import { escapeMarkdown } from './plainText.js';
import type { WelcomePlace } from './welcomeCard.js';

export interface CommandHelp {
  command: string;
  does: string;
}

const EVERYWHERE: readonly CommandHelp[] = [
  { command: 'new idea', does: 'opens a form to share an idea with IT' },
  { command: 'top', does: 'the open ideas with the most votes, to vote on' },
  { command: 'trending', does: 'the open ideas gaining votes right now' },
  { command: 'my ideas', does: 'where your ideas stand, and what IT said last' },
];
const DIGEST: CommandHelp = {
  command: 'digest weekly',
  does: "sets this team board's digest in its announcement channel (also monthly or off)",
};
const HELP: CommandHelp = { command: 'help', does: 'shows this list' };

export interface HelpCardInput {
  place: WelcomePlace;
  /** The conversation's board; undefined is the tenant's default board. */
  boardId: string | undefined;
  /** Whether the reader is an IT member: some commands are IT's alone. */
  isItMember: boolean;
  /** What the person typed that was not a command, quoted back as text. */
  unknownText?: string;
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
  { place, boardId, isItMember, unknownText }: HelpCardInput,
): AdaptiveCard {
  const intro = unknownText
    ? textBlock(`I didn't understand “${escapeMarkdown(unknownText.slice(0, 80))}”. Here is what I can do:`)
    : textBlock('Here is what I can do:', { weight: 'bolder' });
  const mention =
    place === 'personal'
      ? []
      : [textBlock('Mention me first: **@IdeaBar top**.', { isSubtle: true, spacing: 'small' })];
  return adaptiveCard(
    [
      intro,
      ...commandsFor(place, isItMember).map(({ command, does }) =>
        textBlock(`**${command}** — ${does}`, { spacing: 'small' }),
      ),
      ...mention,
      textBlock('You can also vote, comment and follow right on an idea’s card.', {
        isSubtle: true,
        spacing: 'medium',
      }),
    ],
    nextStepActions(settings, boardId),
  );
}
