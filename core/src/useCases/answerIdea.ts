import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { ConflictError } from '../errors.js';
import { personOf, type Caller } from '../identity.js';
import { viewOf, type IdeaView } from '../ideas/idea.js';
import { reviseIdea } from '../ideas/reviseIdea.js';
import { responseSchema } from '../ideas/triageInput.js';
import { requireItMember } from '../members/requireItMember.js';
import { parseInput } from '../validation.js';

export const answerIdeaInput = z.object(
  { response: responseSchema },
  { error: 'Send {response} as a JSON object.' },
);

/**
 * IT answers an idea in public without moving it: "we are looking into it", a question back, a pointer to what
 * exists today. It is recorded in the idea's history like any response, and the first one starts the idea's
 * response time (insights, the SLA) and ends its reminders, as a first status change would.
 */
export async function answerIdea(
  ctx: IdeaBarContext,
  caller: Caller,
  ideaId: string,
  input: unknown,
): Promise<IdeaView> {
  await requireItMember(ctx, caller, 'answer ideas');
  const { response } = parseInput(answerIdeaInput, input);
  const idea = await reviseIdea(ctx, caller.tenantId, ideaId, (current, now) => {
    if (current.status === 'duplicate') {
      throw new ConflictError(
        'This idea was merged into another one: answer there, where its votes and comments are.',
        'merged_answer_there',
      );
    }
    return {
      idea: {
        ...current,
        triage: { ...current.triage, firstResponseAt: current.triage.firstResponseAt ?? now },
      },
      change: {
        from: current.status,
        to: current.status,
        by: personOf(caller),
        response,
        kind: 'answer',
        decline: null,
      },
    };
  });
  return viewOf(idea, await ctx.repos.votes.has(caller.tenantId, ideaId, caller.userId));
}
