/** The Teams themes IdeaBar follows; Teams' newer "glass" theme is shown as the default one. */
export type ThemeName = 'default' | 'dark' | 'contrast';

/** What the tab knows about where it runs: inside Teams (with its context) or standalone in a browser. */
export interface HostContext {
  inTeams: boolean;
  tenantId?: string;
  userId?: string;
  userName?: string;
  /** The team whose channel holds this tab (`19:…@thread.tacv2`), which is its board's id; absent in a personal tab. */
  teamId?: string;
  teamName?: string;
  locale: string;
  theme: ThemeName;
  /** The idea a deep link opened, from `subEntityId`. */
  subPageId?: string;
  /** `settings` on the configuration page of a team tab. */
  frameContext?: string;
  appId?: string;
  /** The tab instance, used to build deep links back to it. */
  entityId?: string;
  channelId?: string;
  /** The chat this tab is in (a group chat, or a meeting's chat); a chat has no team, so it has no board of its own. */
  chatId?: string;
  /** The meeting this tab is in, in its chat, details or side panel. */
  meetingId?: string;
}

export const asThemeName = (theme: string | undefined): ThemeName =>
  theme === 'dark' || theme === 'contrast' ? theme : 'default';
