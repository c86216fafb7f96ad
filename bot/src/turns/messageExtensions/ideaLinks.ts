import { ID_PATTERN } from '@ideabar/core';
import type { LinkSettings } from '../../cards/ideaLink.js';

/** Where Teams deep links live; the manifest registers it for unfurling beside the tab's own domain. */
export const TEAMS_LINK_HOST = 'teams.microsoft.com';

const DEEP_LINK_PATH = /^\/l\/entity\/([^/]+)\/([^/]+)\/?$/;

/**
 * The idea a pasted link opens, if it is an IdeaBar link: a Teams deep link into IdeaBar's tab (this app's published
 * or manifest id, the idea as `subEntityId`, as `ideaLink` and the tab build them), or the tab's own address with
 * `?idea=`. Anything else, another app's deep link included, is not IdeaBar's: null.
 */
export function ideaIdInLink(settings: LinkSettings, link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.hostname === TEAMS_LINK_HOST) return ideaInDeepLink(settings, url);
  const tab = new URL(settings.tabUrl);
  if (url.origin !== tab.origin || !url.pathname.startsWith(tab.pathname)) return null;
  return idOrNull(url.searchParams.get('idea'));
}

function ideaInDeepLink(settings: LinkSettings, url: URL): string | null {
  const path = DEEP_LINK_PATH.exec(url.pathname);
  if (!path?.[1]) return null;
  const appId = safeDecode(path[1])?.toLowerCase();
  const ours = [settings.teamsPublishedAppId, settings.teamsAppId].flatMap((id) =>
    id ? [id.toLowerCase()] : [],
  );
  if (!appId || !ours.includes(appId)) return null;
  try {
    const context: unknown = JSON.parse(url.searchParams.get('context') ?? '');
    const subEntityId = (context as { subEntityId?: unknown } | null)?.subEntityId;
    return typeof subEntityId === 'string' ? idOrNull(subEntityId) : null;
  } catch {
    return null;
  }
}

const idOrNull = (id: string | null): string | null => (id && ID_PATTERN.test(id) ? id : null);

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
