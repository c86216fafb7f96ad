import type { IdeaBarContext } from '../context.js';
import { ConflictError } from '../errors.js';
import type { Caller } from '../identity.js';
import { viewOf, type IdeaView } from '../ideas/idea.js';
import { reviseIdea } from '../ideas/reviseIdea.js';
import { requireItMember } from '../members/requireItMember.js';

/** On a moderated board, IT lets an idea out of the approval queue: from now on everyone sees it. */
export async function approveIdea(ctx: IdeaBarContext, caller: Caller, ideaId: string): Promise<IdeaView> {
  await requireItMember(ctx, caller, 'approve ideas');
  const idea = await reviseIdea(ctx, caller.tenantId, ideaId, (current) => {
    if (!current.triage.awaitingApproval) throw new ConflictError('This idea is not waiting for approval.');
    return { idea: { ...current, triage: { ...current.triage, awaitingApproval: false } } };
  });
  // The approval is made; announcing the idea must not undo or fail it.
  await ctx.events
    .ideaApproved({ tenantId: caller.tenantId, ideaId })
    .catch((error: unknown) => ctx.faults.report(error));
  return viewOf(idea, await ctx.repos.votes.has(caller.tenantId, ideaId, caller.userId));
}
