import { translatorFor } from '@ideabar/core';
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
  /** The language of whoever installed IdeaBar or spoke to it first (the activity's `locale`). */
  locale?: string,
): AdaptiveCard {
  const translator = translatorFor(locale);
  const { t } = translator;
  return adaptiveCard(
    [
      textBlock(t('card.welcome.title'), { size: 'large', weight: 'bolder' }),
      textBlock(t(`card.welcome.${place}`)),
      textBlock(t(place === 'personal' ? 'card.welcome.pick' : 'card.welcome.pickMention'), {
        spacing: 'small',
        isSubtle: true,
      }),
    ],
    nextStepActions(settings, boardId, [], translator),
    undefined,
    translator.dir,
  );
}
