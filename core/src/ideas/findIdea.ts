import type { IdeaBarContext } from '../context.js';
import { NotFoundError } from '../errors.js';
import { ID_PATTERN } from '../identity.js';
import type { Versioned } from '../ports.js';
import type { IdeaRecord } from './idea.js';

/** `shared` reuses a read of the same idea made moments ago or in flight (see IdeaVotes.readIdea); only voters use it. */
export type IdeaRead = 'own' | 'shared';

/**
 * The idea with this id in the caller's tenant. Another tenant's idea is simply not found: its existence is not
 * confirmed by a different answer.
 */
export async function findIdea(
  ctx: IdeaBarContext,
  tenantId: string,
  ideaId: string,
  how: IdeaRead = 'own',
): Promise<Versioned<IdeaRecord>> {
  if (!ID_PATTERN.test(ideaId)) throw new NotFoundError('The idea', 'idea_not_found');
  const found =
    how === 'shared'
      ? await ctx.votes.readIdea(tenantId, ideaId)
      : await ctx.repos.ideas.find(tenantId, ideaId);
  if (!found) throw new NotFoundError('The idea', 'idea_not_found');
  return found;
}
