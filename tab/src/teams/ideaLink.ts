import type { HostContext } from './hostContext';

/**
 * A link that opens one idea. Inside Teams it is a Teams deep link to this tab whose `subEntityId` is the idea
 * (read back as `page.subPageId`); standalone it is this page with `?idea=`.
 */
export function ideaLink(host: HostContext, ideaId: string, location: Location = window.location): string {
  if (host.inTeams && host.appId && host.entityId) {
    const context: Record<string, string> = { subEntityId: ideaId };
    if (host.channelId) context.channelId = host.channelId;
    const params = new URLSearchParams({ context: JSON.stringify(context) });
    return `https://teams.microsoft.com/l/entity/${encodeURIComponent(host.appId)}/${encodeURIComponent(
      host.entityId,
    )}?${params.toString()}`;
  }
  const url = new URL(location.href);
  url.search = '';
  url.hash = '';
  url.searchParams.set('idea', ideaId);
  const boardId = new URLSearchParams(location.search).get('boardId');
  if (boardId) url.searchParams.set('boardId', boardId);
  return url.toString();
}
