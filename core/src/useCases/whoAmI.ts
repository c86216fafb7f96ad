import type { IdeaBarContext } from '../context.js';
import type { Caller, Me } from '../identity.js';

export async function whoAmI(ctx: IdeaBarContext, caller: Caller): Promise<Me> {
  return { ...caller, roles: await ctx.itDirectory.rolesOf(caller) };
}
