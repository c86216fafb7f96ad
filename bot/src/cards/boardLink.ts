import type { BotSettings } from '../settings.js';
import { BOARD_TAB_ENTITY_ID } from './ideaLink.js';

/**
 * A link that opens IdeaBar's board tab: the Teams deep link to the app's tab where the Teams app id is known (the
 * tab opens on the board its reader uses), the tab's own address with `?boardId=` otherwise.
 */
export function boardLink(settings: Pick<BotSettings, 'teamsAppId' | 'tabUrl'>, boardId: string): string {
  if (settings.teamsAppId) {
    return `https://teams.microsoft.com/l/entity/${encodeURIComponent(settings.teamsAppId)}/${BOARD_TAB_ENTITY_ID}`;
  }
  const url = new URL(settings.tabUrl);
  url.searchParams.set('boardId', boardId);
  return url.toString();
}
