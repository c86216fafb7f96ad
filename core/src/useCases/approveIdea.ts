import type { IdeaBarContext } from '../context.js';
import { ConflictError } from '../errors.js';
import type { Caller } from '../identity.js';
import { viewOf, type IdeaView } from '../ideas/idea.js';
import { reviseIdea } from '../ideas/reviseIdea.js';
import { requireItMember } from '../members/requireItMember.js';
import { ideaChanged } from '../outbox/outboxEvent.js';

/** On a moderated board, IT lets an idea out of the approval queue: from now on everyone sees it. */
export async function approveIdea(ctx: IdeaBarContext, caller: Caller, ideaId: string): Promise<IdeaView> {
  await requireItMember(ctx, caller, 'approve ideas');
  const idea = await reviseIdea(ctx, caller.tenantId, ideaId, async (current, now) => {
    if (!current.triage.awaitingApproval)
      throw new ConflictError('This idea is not waiting for approval.', 'not_awaiting_approval');
    await ctx.outbox.record(
      ideaChanged('approved', { tenantId: current.tenantId, ideaId, changeId: ideaId }, now),
    );
    return { idea: { ...current, triage: { ...current.triage, awaitingApproval: false } } };
  });
  return viewOf(idea, await ctx.repos.votes.has(caller.tenantId, ideaId, caller.userId));
}
