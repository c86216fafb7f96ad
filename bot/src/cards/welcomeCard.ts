import type { BotSettings } from '../settings.js';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';
import { nextStepActions } from './nextSteps.js';

export type WelcomePlace = 'personal' | 'groupChat' | 'channel';

/**
 * The short hello posted once when IdeaBar is installed in a conversation or first spoken to, with the next steps
 * as buttons: nobody has to learn a command to share an idea or see the board.
 */
export function welcomeCard(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  place: WelcomePlace,
  boardId: string | undefined,
): AdaptiveCard {
  const where =
    place === 'channel'
      ? 'New ideas from this team will be posted in this channel, where everyone can vote on them.'
      : place === 'groupChat'
        ? 'Anyone here can bring an idea and vote on the card.'
        : 'Bring your ideas to IT and vote for the ones you want to see. IT answers every idea in the open.';
  const mention = place === 'personal' ? '' : ' (mention me first)';
  return adaptiveCard(
    [
      textBlock('Welcome to IdeaBar 💡', { size: 'large', weight: 'bolder' }),
      textBlock(where),
      textBlock(`Pick a button below, or type **help**${mention} to see everything I understand.`, {
        spacing: 'small',
        isSubtle: true,
      }),
    ],
    nextStepActions(settings, boardId),
  );
}
