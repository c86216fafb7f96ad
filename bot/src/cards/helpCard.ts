import { escapeMarkdown } from './plainText.js';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';

export const COMMANDS_HELP: readonly { command: string; does: string }[] = [
  { command: 'new idea', does: 'opens a form to share an idea with IT' },
  { command: 'top', does: 'lists the ideas with the most votes' },
  { command: 'trending', does: 'lists the ideas gaining votes right now' },
  { command: 'digest weekly', does: 'in a board channel: a weekly digest (also monthly or off)' },
  { command: 'help', does: 'shows this list' },
];

/**
 * What IdeaBar can do. Given what someone typed that was not a command, it says so first, quoting it as text.
 */
export function helpCard(unknownText?: string): AdaptiveCard {
  const intro = unknownText
    ? textBlock(`I didn't understand “${escapeMarkdown(unknownText.slice(0, 80))}”. Here is what I can do:`)
    : textBlock('Here is what I can do:', { weight: 'bolder' });
  return adaptiveCard([
    intro,
    ...COMMANDS_HELP.map(({ command, does }) => textBlock(`**${command}** — ${does}`, { spacing: 'small' })),
    textBlock('You can also vote, comment and follow right on an idea’s card.', {
      isSubtle: true,
      spacing: 'medium',
    }),
  ]);
}
