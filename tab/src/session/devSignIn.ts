import type { TokenSource } from '../api/apiClient';
import { DevApi, type DemoPerson } from '../api/devApi';

const PERSON_KEY = 'ideabar.person';
const TOKEN_KEY = 'ideabar.token';

/** The person chosen earlier in this browser tab, as they were listed then, if any. */
export function rememberedPerson(storage: Storage = sessionStorage): DemoPerson | undefined {
  const kept = storage.getItem(PERSON_KEY);
  if (!kept) return undefined;
  try {
    const person = JSON.parse(kept) as Partial<DemoPerson>;
    const text = (value: unknown): value is string => typeof value === 'string' && value !== '';
    if (!text(person.tenantId) || !text(person.userId) || !text(person.name)) return undefined;
    return {
      tenantId: person.tenantId,
      userId: person.userId,
      name: person.name,
      jobTitle: typeof person.jobTitle === 'string' ? person.jobTitle : '',
      roles: Array.isArray(person.roles)
        ? person.roles.filter((role) => role === 'employee' || role === 'it')
        : [],
    };
  } catch {
    return undefined;
  }
}

export function forgetPerson(storage: Storage = sessionStorage): void {
  storage.removeItem(PERSON_KEY);
  storage.removeItem(TOKEN_KEY);
}

const samePerson = (a: DemoPerson | undefined, b: DemoPerson): boolean =>
  a?.tenantId === b.tenantId && a.userId === b.userId;

/**
 * Standalone sign-in: the API's dev token for a demo person (POST /api/dev/token, with their own tenant and
 * roles), kept in sessionStorage so a reload stays signed in, and fetched again whenever the API refuses it.
 */
export class DevSignIn implements TokenSource {
  private pending: Promise<string> | undefined;
  private readonly dev: DevApi;

  constructor(
    readonly person: DemoPerson,
    private readonly storage: Storage = sessionStorage,
    baseUrl = '',
  ) {
    this.dev = new DevApi(baseUrl);
    if (!samePerson(rememberedPerson(storage), person)) storage.removeItem(TOKEN_KEY);
    storage.setItem(PERSON_KEY, JSON.stringify(person));
  }

  token(): Promise<string> {
    const kept = this.storage.getItem(TOKEN_KEY);
    return kept ? Promise.resolve(kept) : this.renew();
  }

  renew(): Promise<string> {
    this.pending ??= this.dev
      .token(this.person)
      .then((token) => {
        this.storage.setItem(TOKEN_KEY, token);
        return token;
      })
      .finally(() => (this.pending = undefined));
    return this.pending;
  }
}
