import type { IdeaBarContext } from '../context.js';
import { ForbiddenError } from '../errors.js';
import type { Caller } from '../identity.js';

/** Triage is IT's to do: anyone else is refused, with a message that says so. */
export async function requireItMember(ctx: IdeaBarContext, caller: Caller, toDo: string): Promise<void> {
  const roles = await ctx.itDirectory.rolesOf(caller);
  if (!roles.includes('it')) throw new ForbiddenError(`Only IT members can ${toDo}.`, 'it_members_only');
}
