import type { BoardSettings, TenantSettingsView } from '../../api/settingsApi';

export interface SettingsPageProps {
  /** The board whose settings open first; the tenant's settings are on the same page. */
  boardId: string | null;
  /** A board's settings were saved: whoever shows its name elsewhere (the header's board picker) can show the new one. */
  onBoardChanged?(board: BoardSettings): void;
}

/** A short message at the bottom of the page: a save that worked, or an action that did not. */
export type Notify = (message: string, intent?: 'success' | 'error') => void;

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

/** Messages for the fields of a form, by field name; absent when the field is fine. */
export type FieldMessages = Partial<Record<string, string>>;
