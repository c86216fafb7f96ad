import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';
import { viewOf, type IdeaView } from '../ideas/idea.js';
import { reviseIdea } from '../ideas/reviseIdea.js';
import { RECOMMENDATIONS, RECOMMENDATIONS_FOR, SOURCING } from '../ideas/triage.js';
import { requireItMember } from '../members/requireItMember.js';
import { parseInput } from '../validation.js';

const score = (what: string) =>
  z
    .number({ error: `Score ${what} from 1 to 5.` })
    .int(`Score ${what} with a whole number from 1 to 5.`)
    .min(1, `Score ${what} from 1 to 5.`)
    .max(5, `Score ${what} from 1 to 5.`);

export const classifyIdeaInput = z
  .object(
    {
      sourcing: z.enum(SOURCING, {
        error: 'Use core (differentiates the business) or non_core (a commodity).',
      }),
      recommendation: z.enum(RECOMMENDATIONS, { error: `Use one of: ${RECOMMENDATIONS.join(', ')}.` }),
      value: score('the value'),
      effort: score('the effort'),
    },
    { error: 'Send {sourcing, recommendation, value, effort} as a JSON object.' },
  )
  .superRefine((input, ctx) => {
    const fitting = RECOMMENDATIONS_FOR[input.sourcing];
    if (!fitting.includes(input.recommendation)) {
      ctx.addIssue({
        code: 'custom',
        path: ['recommendation'],
        message: `For ${input.sourcing.replace('_', '-')} work, recommend ${fitting.join(' or ')}.`,
      });
    }
  });

/** IT's classification: core or non-core with its sourcing, and value and effort that give the priority. */
export async function classifyIdea(
  ctx: IdeaBarContext,
  caller: Caller,
  ideaId: string,
  input: unknown,
): Promise<IdeaView> {
  await requireItMember(ctx, caller, 'classify an idea');
  const classification = parseInput(classifyIdeaInput, input);
  const idea = await reviseIdea(ctx, caller.tenantId, ideaId, (current) => ({
    idea: { ...current, triage: { ...current.triage, classification } },
  }));
  return viewOf(idea, await ctx.repos.votes.has(caller.tenantId, ideaId, caller.userId));
}
