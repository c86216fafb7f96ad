import type { DemoPerson } from '../../api/devApi';
import type { HostContext, ThemeName } from '../../teams/hostContext';

export interface TabShellProps {
  host: HostContext;
  theme: ThemeName;
  /** Standalone mode: who was picked, and how to pick someone else. */
  person?: DemoPerson;
  onSwitchPerson?(): void;
  /** Standalone mode: the theme is the person's choice (in Teams it follows Teams). */
  onThemeChange?(theme: ThemeName): void;
  /** Called once, when the first page is usable (or says why it can't be). */
  onReady(failure?: string): void;
}
