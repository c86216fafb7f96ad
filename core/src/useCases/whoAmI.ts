import type { IdeaBarContext } from '../context.js';
import type { Caller, Me } from '../identity.js';
import { rememberPerson } from '../people/knownPerson.js';

/** Who is asking and their roles; asking also makes them someone IT can find when naming people. */
export async function whoAmI(ctx: IdeaBarContext, caller: Caller): Promise<Me> {
  const [roles] = await Promise.all([ctx.itDirectory.rolesOf(caller), rememberPerson(ctx, caller)]);
  return { ...caller, roles };
}
