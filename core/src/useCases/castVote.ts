import type { IdeaBarContext } from '../context.js';
import { ConflictError } from '../errors.js';
import type { Caller } from '../identity.js';
import { findVisibleIdea } from '../ideas/visibility.js';

export interface VoteState {
  ideaId: string;
  votes: number;
  myVote: boolean;
}

/**
 * Idempotent: a second vote by the same person, or a double-click, changes nothing.
 *
 * The idea is read while the vote record is written: the tally recount that follows starts from that read, so no
 * second read is needed. Should the idea not exist, the stray vote record is taken back before answering 404.
 */
export async function castVote(ctx: IdeaBarContext, caller: Caller, ideaId: string): Promise<VoteState> {
  const { tenantId, userId } = caller;
  const [found, written] = await Promise.allSettled([
    findVisibleIdea(ctx, caller, ideaId, 'shared'),
    ctx.repos.votes.add({ tenantId, ideaId, userId, castAt: ctx.clock.now() }),
  ]);
  if (found.status === 'rejected') {
    if (written.status === 'fulfilled' && written.value === 'added') {
      await ctx.repos.votes.remove(tenantId, ideaId, userId);
    }
    throw found.reason;
  }
  if (written.status === 'rejected') throw written.reason;
  const idea = found.value.value;
  if (idea.status === 'duplicate') {
    if (written.value === 'added') await ctx.repos.votes.remove(tenantId, ideaId, userId);
    throw new ConflictError(
      `This idea was merged into ${idea.triage.duplicateOf}: vote for that one instead.`,
    );
  }
  const entry = { tenantId, userId, boardId: idea.boardId, ideaId };
  // Recounted even when the vote was already there, so a retry after a fault also repairs the tally.
  const [tallied] = await Promise.all([
    ctx.tallies.refresh(tenantId, ideaId, found.value),
    ctx.repos.votes.setOnVoterList(entry, true),
  ]);
  return { ideaId, votes: tallied.votes, myVote: true };
}
