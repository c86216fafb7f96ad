/** What the bot is told by its host (api/src/config.ts parses it); the bot reads no environment itself. */
export interface BotSettings {
  /** The bot's Microsoft app id; empty locally, where no Bot Framework token is checked or sent. */
  appId: string;
  /** The Teams app (manifest) id, for deep links into the tab; null locally, where links open `tabUrl`. */
  teamsAppId: string | null;
  /**
   * The id an organisation's app catalog gave the app when it was published; deep links prefer it over `teamsAppId`,
   * since links built from the manifest id fail for a published app. Null where the app is not published.
   */
  teamsPublishedAppId: string | null;
  /** The tab's own address, for links outside Teams. */
  tabUrl: string;
  /** Proactive operations per second per tenant (Teams allows about 50; older guidance says 30). */
  tenantRatePerSecond: number;
  /** At most one edit of a shared card per this many milliseconds; clicks in between are coalesced. */
  cardUpdateIntervalMs: number;
}
