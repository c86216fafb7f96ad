import type { IdeaBarContext } from '../context.js';
import { NotFoundError } from '../errors.js';
import type { Caller } from '../identity.js';
import type { Versioned } from '../ports.js';
import { findIdea, type IdeaRead } from './findIdea.js';
import type { IdeaRecord } from './idea.js';

/** An idea awaiting approval on a moderated board is seen only by its author and by IT members. */
export async function canSee(ctx: IdeaBarContext, caller: Caller, idea: IdeaRecord): Promise<boolean> {
  if (!idea.triage.awaitingApproval || idea.author.id === caller.userId) return true;
  return (await ctx.itDirectory.rolesOf(caller)).includes('it');
}

/** The idea, if the caller may see it; anyone else is told it does not exist. */
export async function findVisibleIdea(
  ctx: IdeaBarContext,
  caller: Caller,
  ideaId: string,
  how?: IdeaRead,
): Promise<Versioned<IdeaRecord>> {
  const found = await findIdea(ctx, caller.tenantId, ideaId, how);
  if (!(await canSee(ctx, caller, found.value))) throw new NotFoundError('The idea', 'idea_not_found');
  return found;
}
