import type * as TeamsSdk from '@microsoft/teams-js';
import { asThemeName, type HostContext, type ThemeName } from './hostContext';
import { safeLocale } from '../app/safeLocale';

/** Outside Teams, initialize() can hang for a minute inside a foreign frame: give up quickly instead. */
export const HOST_TIMEOUT_MS = 1_500;

type TeamsJs = typeof TeamsSdk;

/** The Teams SDK once connected; never loaded in a plain browser tab (it looks Teams' domains up online). */
let teams: TeamsJs | undefined;

/**
 * Connects to Teams when the tab runs inside it, and reads the context; anywhere else it answers a standalone
 * context at once (or after a short timeout), so the board never waits on a host that is not there.
 */
export async function connectToHost(timeoutMs = HOST_TIMEOUT_MS): Promise<HostContext> {
  const standalone: HostContext = {
    inTeams: false,
    // `?lang=ar` (or the pseudo-locale, `?lang=qps-ploc`) shows the tab in another language than the browser's.
    locale: safeLocale(new URLSearchParams(window.location.search).get('lang') ?? navigator.language),
    theme: 'default',
  };
  if (!mayBeInTeams()) return standalone;
  try {
    const sdk = await import('@microsoft/teams-js');
    await Promise.race([
      sdk.app.initialize(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('host timeout')), timeoutMs)),
    ]);
    const context = await sdk.app.getContext();
    teams = sdk;
    return {
      inTeams: true,
      tenantId: context.user?.tenant?.id,
      userId: context.user?.id,
      userName: context.user?.displayName,
      // The thread id (19:…@thread.tacv2), as the bot sees the team: it is also the id of the team's board.
      teamId: context.team?.internalId,
      teamName: context.team?.displayName,
      locale: context.app.locale ? safeLocale(context.app.locale) : standalone.locale,
      theme: asThemeName(context.app.theme),
      subPageId: context.page.subPageId || undefined,
      frameContext: context.page.frameContext,
      appId: context.app.appId?.toString(),
      entityId: context.page.id,
      channelId: context.channel?.id,
      chatId: context.chat?.id,
      meetingId: context.meeting?.id,
    };
  } catch {
    return standalone;
  }
}

/**
 * Teams hosts tabs in a frame (desktop, web) or a webview with a native bridge (mobile). A top-level page with
 * neither is a plain browser tab, where the SDK is not even loaded.
 */
const mayBeInTeams = (): boolean =>
  window.parent !== window || Boolean(window.opener) || 'nativeInterface' in window;

export function onHostThemeChange(handler: (theme: ThemeName) => void): void {
  teams?.app.registerOnThemeChangeHandler((theme) => handler(asThemeName(theme)));
}

/** Tells Teams the tab is usable, so it stops showing its own loading indicator. */
export function notifyBoardReady(): void {
  teams?.app.notifySuccess();
}

export function notifyBoardFailed(message: string): void {
  teams?.app.notifyFailure({ reason: teams.app.FailedReason.Other, message });
}

/** Whether this Teams client can share a link to a chat (not every client, and never outside Teams). */
export function canShareToChat(): boolean {
  try {
    return teams?.sharing.isSupported() ?? false;
  } catch {
    return false;
  }
}

/**
 * Opens Teams' own "share to a chat" dialog with the idea's link. Answers whether it was shared; a person closing
 * the dialog is not a failure. Rejects only when Teams could not open it.
 */
export async function shareToChat(url: string, title: string): Promise<boolean> {
  if (!teams) throw new Error('not connected to Teams');
  try {
    await teams.sharing.shareWebContent({
      content: [{ type: 'URL', url, message: `An idea on IdeaBar: ${title}`, preview: true }],
    });
    return true;
  } catch (error) {
    if ((error as { errorCode?: number } | null)?.errorCode === teams.ErrorCode.USER_ABORT) return false;
    throw error;
  }
}

/** An Entra token for the IdeaBar API through Teams SSO; Teams caches and renews it. */
export function teamsSsoToken(): Promise<string> {
  if (!teams) return Promise.reject(new Error('not connected to Teams'));
  return teams.authentication.getAuthToken();
}

export interface TabConfiguration {
  boardId: string;
  boardName: string;
}

/**
 * Wires the configuration page of a team tab to Teams' Save button: the tab opens the chosen board from then on.
 * Returns a function that marks the choice valid or not.
 */
export function registerTabConfiguration(
  current: () => TabConfiguration | undefined,
): (valid: boolean) => void {
  const sdk = teams;
  if (!sdk) return () => undefined;
  sdk.pages.config.registerOnSaveHandler((event) => {
    const choice = current();
    if (!choice) return event.notifyFailure('Pick a board first.');
    const contentUrl = `${window.location.origin}/?boardId=${encodeURIComponent(choice.boardId)}`;
    sdk.pages.config
      .setConfig({
        contentUrl,
        websiteUrl: contentUrl,
        entityId: `board-${choice.boardId}`,
        suggestedDisplayName: choice.boardName,
      })
      .then(() => event.notifySuccess())
      .catch(() => event.notifyFailure('Teams could not save the tab. Try again.'));
  });
  return (valid) => sdk.pages.config.setValidityState(valid);
}

/**
 * Opens an idea over the meeting (a large Teams dialog with the tab at `url`), so a meeting's side panel, 320 px
 * wide, can show a whole idea without leaving the meeting. Answers false where the client has no dialogs (or
 * outside Teams): the caller then opens the link as a link.
 */
export function openInTeamsDialog(url: string, title: string): boolean {
  try {
    if (!teams?.dialog.url.isSupported()) return false;
    teams.dialog.url.open({
      url,
      title,
      size: { height: teams.DialogDimension.Large, width: teams.DialogDimension.Large },
    });
    return true;
  } catch {
    return false;
  }
}

/** Whether this Teams client offers its people picker (never outside Teams). */
export function canPickPeopleInTeams(): boolean {
  try {
    return teams?.people.isSupported() ?? false;
  } catch {
    return false;
  }
}

/** What Teams' people picker gave: a person, nobody (closed without a choice), or someone without a name. */
export type PickedInTeams = { id: string; name: string } | 'closed' | 'nameless';

const ENTRA_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Teams' own people picker, for one person of the organisation: their Entra object id and display name (or email,
 * which Teams may give alone). `current` preselects the person chosen now when it is an Entra object id. Rejects
 * only when Teams could not open the picker.
 */
export async function pickPersonInTeams(title: string, current?: string): Promise<PickedInTeams> {
  if (!teams) throw new Error('not connected to Teams');
  try {
    const [picked] = await teams.people.selectPeople({
      title,
      singleSelect: true,
      openOrgWideSearchInChatOrChannel: true,
      ...(current && ENTRA_OBJECT_ID.test(current) ? { setSelected: [current] } : {}),
    });
    if (!picked) return 'closed';
    const name = picked.displayName?.trim() || picked.email?.trim();
    return name ? { id: picked.objectId, name } : 'nameless';
  } catch (error) {
    if ((error as { errorCode?: number } | null)?.errorCode === teams.ErrorCode.USER_ABORT) return 'closed';
    throw error;
  }
}
