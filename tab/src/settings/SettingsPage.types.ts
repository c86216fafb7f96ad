import type { BoardSettings, TenantSettingsView } from '../api/settingsApi';
import type { Notify } from '../session/SessionProvider';

export interface SettingsPageProps {
  /** The board whose settings open first; the tenant's settings are on the same page. */
  boardId: string | null;
  /** A board's settings were saved: whoever shows its name elsewhere (the header's board picker) can show the new one. */
  onBoardChanged?(board: BoardSettings): void;
}

/** What every section is given: how to tell the person, and how to say the audit log has something new. */
export interface SectionContext {
  notify: Notify;
  /** A change was saved: the audit log has a new entry to show. */
  onChanged: () => void;
}

/** A section of one board's settings; it hands the board the API answered back to the page. */
export interface BoardSectionProps extends SectionContext {
  board: BoardSettings;
  onBoardSaved: (board: BoardSettings) => void;
}

/** A section of the tenant's settings; it hands back what the API answered. */
export interface TenantSectionProps extends SectionContext {
  settings: TenantSettingsView;
  onSettingsSaved: (change: Partial<TenantSettingsView>) => void;
}

export type { FieldMessages } from '../shared/fieldMessages';
