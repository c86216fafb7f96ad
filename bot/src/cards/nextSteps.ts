import { DEFAULT_BOARD_ID, translatorFor, type Translator } from '@ideabar/core';
import type { BotSettings } from '../settings.js';
import { executeAction } from '../turns/verbs/verbs.js';
import type { CardAction } from './adaptiveCard.js';
import { boardLink } from './boardLink.js';

/**
 * What a person can do next from IdeaBar's own cards (welcome, help, lists), as buttons rather than words to type:
 * share an idea, see the top ideas or their own, or open the board in the tab. `boardId` is the conversation's
 * board (a team's, in its channels); undefined is the tenant's default board.
 */
export function nextStepActions(
  settings: Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>,
  boardId: string | undefined,
  leave: ('top' | 'mine')[] = [],
  { t }: Translator = translatorFor('en'),
): CardAction[] {
  const onBoard = boardId ? { boardId } : {};
  return [
    executeAction('openNewIdeaForm', t('card.next.share'), onBoard, { style: 'positive' }),
    ...(leave.includes('top')
      ? []
      : [executeAction('showIdeas', t('card.next.top'), { list: 'top', ...onBoard })]),
    ...(leave.includes('mine')
      ? []
      : [executeAction('showIdeas', t('card.next.mine'), { list: 'mine', ...onBoard })]),
    {
      type: 'Action.OpenUrl',
      title: t('card.next.board'),
      url: boardLink(settings, boardId ?? DEFAULT_BOARD_ID),
    },
  ];
}
