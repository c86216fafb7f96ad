import type { BotSettings } from '../settings.js';

/** The personal tab's entity id in the app manifest. */
export const BOARD_TAB_ENTITY_ID = 'board';

/**
 * A link that opens one idea in the tab: a Teams deep link whose `subEntityId` is the idea where the Teams app id
 * is known, the tab's own address with `?idea=` otherwise (as the tab's own links do).
 */
export function ideaLink(
  settings: Pick<BotSettings, 'teamsAppId' | 'tabUrl'>,
  ideaId: string,
  boardId: string,
): string {
  if (settings.teamsAppId) {
    const params = new URLSearchParams({ context: JSON.stringify({ subEntityId: ideaId }) });
    return `https://teams.microsoft.com/l/entity/${encodeURIComponent(settings.teamsAppId)}/${BOARD_TAB_ENTITY_ID}?${params.toString()}`;
  }
  const url = new URL(settings.tabUrl);
  url.searchParams.set('idea', ideaId);
  url.searchParams.set('boardId', boardId);
  return url.toString();
}
