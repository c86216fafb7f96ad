import { teamsDeepLink } from '@ideabar/core';
import type { BotSettings } from '../settings.js';

/** The personal tab's entity id in the app manifest. */
export const BOARD_TAB_ENTITY_ID = 'board';

/** What a card needs to build links into the tab. */
export type LinkSettings = Pick<BotSettings, 'teamsAppId' | 'teamsPublishedAppId' | 'tabUrl'>;

/**
 * A link that opens one idea in the tab: a Teams deep link whose `subEntityId` is the idea where a Teams app id is
 * known (the published one before the manifest's), the tab's own address with `?idea=` otherwise (as the tab's own
 * links do).
 */
export function ideaLink(settings: LinkSettings, ideaId: string, boardId: string): string {
  const url = new URL(settings.tabUrl);
  url.searchParams.set('idea', ideaId);
  url.searchParams.set('boardId', boardId);
  return teamsDeepLink(
    { publishedAppId: settings.teamsPublishedAppId, manifestAppId: settings.teamsAppId },
    { entityId: BOARD_TAB_ENTITY_ID, subEntityId: ideaId, fallbackUrl: url.toString() },
  );
}
