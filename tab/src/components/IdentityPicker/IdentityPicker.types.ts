import type { DemoPerson, DevApi } from '../../api/devApi';

export interface IdentityPickerProps {
  onSignIn(person: DemoPerson): void;
  /** Tests give their own; the tab asks the API on its own origin. */
  dev?: DevApi;
}
