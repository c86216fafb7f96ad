import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { ValidationError } from '../errors.js';
import type { Caller } from '../identity.js';
import { viewOf, type IdeaView } from '../ideas/idea.js';
import { reviseIdea } from '../ideas/reviseIdea.js';
import { benefitSchema } from '../ideas/triageInput.js';
import { requireItMember } from '../members/requireItMember.js';
import { parseInput } from '../validation.js';

export const recordBenefitsInput = z
  .object(
    { expected: benefitSchema.nullable().optional(), measured: benefitSchema.nullable().optional() },
    { error: 'Send {expected?, measured?} as a JSON object.' },
  )
  .refine((input) => input.expected !== undefined || input.measured !== undefined, {
    message: 'Record the expected benefit, the measured one, or both (null removes one).',
    path: ['expected'],
  });

/** The benefit expected when an idea is planned, and the one measured once it is delivered. */
export async function recordBenefits(
  ctx: IdeaBarContext,
  caller: Caller,
  ideaId: string,
  input: unknown,
): Promise<IdeaView> {
  await requireItMember(ctx, caller, 'record the benefits of an idea');
  const { expected, measured } = parseInput(recordBenefitsInput, input);
  const idea = await reviseIdea(ctx, caller.tenantId, ideaId, (current) => {
    if (measured && current.status !== 'delivered') {
      throw new ValidationError([
        { field: 'measured', message: 'Record a measured benefit once the idea is delivered.' },
      ]);
    }
    return {
      idea: {
        ...current,
        triage: {
          ...current.triage,
          ...(expected === undefined ? {} : { expectedBenefit: expected }),
          ...(measured === undefined ? {} : { measuredBenefit: measured }),
        },
      },
    };
  });
  return viewOf(idea, await ctx.repos.votes.has(caller.tenantId, ideaId, caller.userId));
}
