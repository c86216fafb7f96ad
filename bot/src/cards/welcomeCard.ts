import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';

export type WelcomePlace = 'personal' | 'groupChat' | 'channel';

/** The short hello posted once when IdeaBar is installed in a conversation or first spoken to. */
export function welcomeCard(place: WelcomePlace): AdaptiveCard {
  const where =
    place === 'channel'
      ? 'New ideas from this team will be posted in this channel, where everyone can vote on them.'
      : place === 'groupChat'
        ? 'Anyone here can bring an idea and vote on the card.'
        : 'Bring your ideas to IT and vote for the ones you want to see.';
  const mention = place === 'personal' ? '' : ' (mention me first)';
  return adaptiveCard([
    textBlock('Welcome to IdeaBar 💡', { size: 'large', weight: 'bolder' }),
    textBlock(where),
    textBlock(`Type **new idea**${mention} to share one, or **help** to see what else I can do.`, {
      spacing: 'small',
    }),
  ]);
}
