import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';

/**
 * Someone IdeaBar has met in a tenant: signed in to it, or named as an IT member. Outside Teams, where there is no
 * Teams people picker, IT picks sponsors and IT members among them, so nobody types an Entra object id.
 */
export interface KnownPerson {
  tenantId: string;
  /** Their Entra object id (or the demo tenant's id). */
  userId: string;
  /** Their name as last seen. */
  name: string;
  seenAt: Date;
}

/** Signing in again within a day writes nothing: a name changes rarely, a sign-in often. */
const FRESH_FOR_MS = 24 * 3_600_000;

/**
 * Keeps who is asking among the tenant's known people: written when new, when their name changed or when last
 * written more than a day ago, so a tab that asks "who am I" on every idea it opens reads a row and writes none.
 */
export async function rememberPerson(ctx: IdeaBarContext, person: Caller): Promise<void> {
  const now = ctx.clock.now();
  const known = await ctx.repos.people.find(person.tenantId, person.userId);
  if (known && known.name === person.name && now.getTime() - known.seenAt.getTime() < FRESH_FOR_MS) return;
  await ctx.repos.people.remember({
    tenantId: person.tenantId,
    userId: person.userId,
    name: person.name,
    seenAt: now,
  });
}
