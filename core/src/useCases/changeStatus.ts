import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { ConflictError } from '../errors.js';
import { personOf, type Caller } from '../identity.js';
import { viewOf, type IdeaView } from '../ideas/idea.js';
import { reviseIdea } from '../ideas/reviseIdea.js';
import { declineSchema, responseSchema } from '../ideas/triageInput.js';
import { NEXT_STATUSES, TRIAGE_STATUSES } from '../ideas/workflow.js';
import { requireItMember } from '../members/requireItMember.js';
import { parseInput } from '../validation.js';

export const changeStatusInput = z
  .object(
    {
      status: z.enum(TRIAGE_STATUSES, { error: `Use one of: ${TRIAGE_STATUSES.join(', ')}.` }),
      response: responseSchema,
      decline: declineSchema.optional(),
    },
    { error: 'Send {status, response, decline?} as a JSON object.' },
  )
  .superRefine((input, ctx) => {
    if (input.status === 'declined' && input.decline === undefined) {
      for (const [field, message] of [
        ['constraint', 'Choose what the decline rests on.'],
        ['rule', 'Name the rule or policy the decline rests on.'],
        ['pathToYes', 'Say what would have to be true for a yes, or what is available today.'],
      ] as const) {
        ctx.addIssue({ code: 'custom', path: ['decline', field], message });
      }
    }
    if (input.status !== 'declined' && input.decline !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['decline'],
        message: 'Only a decline carries a decline decision.',
      });
    }
  });

/**
 * IT moves an idea along, always with a public response; a decline always with its constraint, rule and path to
 * yes. The first such answer starts the idea's response time, and an open appeal counts as answered by it.
 */
export async function changeStatus(
  ctx: IdeaBarContext,
  caller: Caller,
  ideaId: string,
  input: unknown,
): Promise<IdeaView> {
  await requireItMember(ctx, caller, 'change the status of an idea');
  const { status, response, decline } = parseInput(changeStatusInput, input);
  const idea = await reviseIdea(ctx, caller.tenantId, ideaId, (current, now) => {
    if (!NEXT_STATUSES[current.status].includes(status)) {
      const allowed = NEXT_STATUSES[current.status];
      throw new ConflictError(
        allowed.length === 0
          ? `This idea is ${current.status.replace('_', ' ')}; its status can no longer change.`
          : `An idea that is ${current.status.replace('_', ' ')} can move to: ${allowed.join(', ')}.`,
        allowed.length === 0 ? 'status_final' : 'status_move_not_allowed',
      );
    }
    const { appeal } = current.triage;
    return {
      idea: {
        ...current,
        status,
        triage: {
          ...current.triage,
          decline: decline ?? current.triage.decline,
          appeal: appeal && appeal.answeredAt === null ? { ...appeal, answeredAt: now } : appeal,
          firstResponseAt: current.triage.firstResponseAt ?? now,
        },
      },
      change: {
        from: current.status,
        to: status,
        by: personOf(caller),
        response,
        kind: 'triage',
        decline: decline ?? null,
      },
    };
  });
  return viewOf(idea, await ctx.repos.votes.has(caller.tenantId, ideaId, caller.userId));
}
