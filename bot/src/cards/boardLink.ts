import { teamsDeepLink } from '@ideabar/core';
import { BOARD_TAB_ENTITY_ID, type LinkSettings } from './ideaLink.js';

/**
 * A link that opens IdeaBar's board tab: the Teams deep link to the app's tab where a Teams app id is known (the tab
 * opens on the board its reader uses), the tab's own address with `?boardId=` otherwise.
 */
export function boardLink(settings: LinkSettings, boardId: string): string {
  const url = new URL(settings.tabUrl);
  url.searchParams.set('boardId', boardId);
  return teamsDeepLink(
    { publishedAppId: settings.teamsPublishedAppId, manifestAppId: settings.teamsAppId },
    { entityId: BOARD_TAB_ENTITY_ID, fallbackUrl: url.toString() },
  );
}
