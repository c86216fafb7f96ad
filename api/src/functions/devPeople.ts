import { DEMO_PEOPLE } from '../demo/demoPeople.js';
import { ok, type Handler } from '../http/route.js';

/** The demo tenant's people, for the tab's local "signed in as" picker. Registered only when AUTH_MODE=dev. */
export const devPeople: Handler = async () => ok({ items: DEMO_PEOPLE });
