/**
 * The ids a Teams deep link can be built from. An app uploaded from its manifest keeps the manifest's id; an app an
 * organisation publishes to its catalog is given another id, and links built from the manifest id then fail (notably
 * on iOS). So the published id wins where one is known.
 */
export interface TeamsAppIds {
  /** The id the organisation's app catalog gave the app (TEAMS_PUBLISHED_APP_ID). */
  publishedAppId?: string | null;
  /** The id in the app manifest (TEAMS_APP_ID), or the id Teams reports to a running tab. */
  manifestAppId?: string | null;
}

/** Where a link leads: a tab of the app, optionally one page (`subEntityId`) in one channel. */
export interface TabLinkTarget {
  /** The tab's entity id in the manifest, or the tab instance's id. */
  entityId: string;
  /** The page inside the tab, read back by the tab as `page.subPageId`. */
  subEntityId?: string;
  channelId?: string;
  /** Where the link leads when no Teams app id is known: the tab's own address, outside Teams. */
  fallbackUrl: string;
}

/** The Teams app id a deep link uses: the published one, then the manifest's; null when neither is configured. */
export function deepLinkAppId(ids: TeamsAppIds): string | null {
  return ids.publishedAppId || ids.manifestAppId || null;
}

/**
 * The one place IdeaBar builds a link into its tab: a Teams deep link (`/l/entity/<app id>/<entity id>`) from the
 * published app id, else the manifest's, else `fallbackUrl`.
 */
export function teamsDeepLink(ids: TeamsAppIds, target: TabLinkTarget): string {
  const appId = deepLinkAppId(ids);
  if (!appId) return target.fallbackUrl;
  const base = `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(target.entityId)}`;
  if (target.subEntityId === undefined) return base;
  const context: Record<string, string> = { subEntityId: target.subEntityId };
  if (target.channelId) context.channelId = target.channelId;
  return `${base}?${new URLSearchParams({ context: JSON.stringify(context) }).toString()}`;
}
