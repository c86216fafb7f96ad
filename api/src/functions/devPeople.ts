import { DEMO_PEOPLE } from '../demo/demoPeople.js';
import { ok, type RouteDefinition } from '../http/route.js';

/** The demo tenant's people, for the tab's local "signed in as" picker. Registered only when AUTH_MODE=dev. */
export const devPeople: RouteDefinition = {
  name: 'devPeople',
  method: 'GET',
  route: 'dev/people',
  auth: 'anonymous',
  storage: false,
  handle: async () => ok({ items: DEMO_PEOPLE }),
};
