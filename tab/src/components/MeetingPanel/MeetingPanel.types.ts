import type { HostContext } from '../../teams/hostContext';

export interface MeetingPanelProps {
  host: HostContext;
  /** The board the meeting's tab was set up with (`?boardId=`); none is the tenant's default board. */
  boardId: string | undefined;
  /** Called once when the panel first shows something true (or failed), so Teams hides its loading indicator. */
  onReady?(failure?: string): void;
  /** How often the open panel asks again; tests shorten it. */
  refreshEveryMs?: number;
}
