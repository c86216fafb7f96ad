import { teamsDeepLink } from '@ideabar/core';
import type { HostContext } from './hostContext';

/**
 * A link that opens one idea. Inside Teams it is a Teams deep link to this tab whose `subEntityId` is the idea
 * (read back as `page.subPageId`), built from the app id Teams reports to the running tab (the published one in an
 * organisation's catalog); standalone it is this page with `?idea=`.
 */
export function ideaLink(host: HostContext, ideaId: string, location: Location = window.location): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = '';
  url.searchParams.set('idea', ideaId);
  const boardId = new URLSearchParams(location.search).get('boardId');
  if (boardId) url.searchParams.set('boardId', boardId);
  if (!host.inTeams || !host.entityId) return url.toString();
  return teamsDeepLink(
    { manifestAppId: host.appId },
    { entityId: host.entityId, subEntityId: ideaId, channelId: host.channelId, fallbackUrl: url.toString() },
  );
}
