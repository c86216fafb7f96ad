import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { ConflictError, ForbiddenError } from '../errors.js';
import { personOf, type Caller } from '../identity.js';
import { viewOf, type IdeaView } from '../ideas/idea.js';
import { textSchema } from '../ideas/ideaInput.js';
import { APPEAL_REASON_LIMITS } from '../ideas/triage.js';
import { reviseIdea } from '../ideas/reviseIdea.js';
import { parseInput } from '../validation.js';

export const appealDeclineInput = z.object(
  {
    reason: textSchema('why the decision should be looked at again', APPEAL_REASON_LIMITS.max).refine(
      (reason) => reason.trim().length >= APPEAL_REASON_LIMITS.min,
      {
        message: `Say in at least ${APPEAL_REASON_LIMITS.min} characters what the decision missed or what has changed: this is your only appeal.`,
        params: { problem: 'too_short', limit: APPEAL_REASON_LIMITS.min },
      },
    ),
  },
  { error: 'Send {reason} as a JSON object.' },
);

/**
 * The author of a declined idea may appeal once, with a reason. The idea goes back under review and stays an open
 * appeal until IT answers it with its next decision.
 */
export async function appealDecline(
  ctx: IdeaBarContext,
  caller: Caller,
  ideaId: string,
  input: unknown,
): Promise<IdeaView> {
  const { reason } = parseInput(appealDeclineInput, input);
  const idea = await reviseIdea(ctx, caller.tenantId, ideaId, (current, now) => {
    if (current.author.id !== caller.userId) {
      throw new ForbiddenError(
        'Only the person who submitted an idea can appeal its decline.',
        'author_only',
      );
    }
    if (current.status !== 'declined')
      throw new ConflictError('Only a declined idea can be appealed.', 'not_declined');
    if (current.triage.appeal)
      throw new ConflictError('This idea has been appealed once already.', 'appealed_already');
    const by = personOf(caller);
    return {
      idea: {
        ...current,
        status: 'under_review',
        triage: { ...current.triage, appeal: { by, reason, at: now, answeredAt: null } },
      },
      change: { from: 'declined', to: 'under_review', by, response: reason, kind: 'appeal', decline: null },
    };
  });
  return viewOf(idea, await ctx.repos.votes.has(caller.tenantId, ideaId, caller.userId));
}
