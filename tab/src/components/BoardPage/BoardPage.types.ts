import type { HostContext } from '../../teams/hostContext';

export interface BoardPageProps {
  host: HostContext;
  /** Called once, when the board first shows ideas (or says why it can't). */
  onReady(failure?: string): void;
  /**
   * Where the tab's header keeps page actions, for the "New idea" button (null until the header has mounted).
   * Without a header around it, the board shows the button above its filters.
   */
  headerActions?: HTMLElement | null;
}
