import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { ValidationError } from '../errors.js';
import type { Caller } from '../identity.js';
import { viewOf, type IdeaView } from '../ideas/idea.js';
import { reviseIdea } from '../ideas/reviseIdea.js';
import { personSchema } from '../ideas/triageInput.js';
import { requireItMember } from '../members/requireItMember.js';
import { parseInput } from '../validation.js';

export const assignPartnersInput = z
  .object(
    { itPartner: personSchema.nullable().optional(), sponsor: personSchema.nullable().optional() },
    { error: 'Send {itPartner?, sponsor?} as a JSON object.' },
  )
  .refine((input) => input.itPartner !== undefined || input.sponsor !== undefined, {
    message: 'Name an IT partner, a business sponsor, or both (null removes one).',
    path: ['itPartner'],
  });

/** Gives an idea its IT partner (an IT member) and its business sponsor (a subject-matter expert); null clears one. */
export async function assignPartners(
  ctx: IdeaBarContext,
  caller: Caller,
  ideaId: string,
  input: unknown,
): Promise<IdeaView> {
  await requireItMember(ctx, caller, 'choose who partners on an idea');
  const { itPartner, sponsor } = parseInput(assignPartnersInput, input);
  if (itPartner && !(await ctx.repos.members.isItMember(caller.tenantId, itPartner.id))) {
    throw new ValidationError([{ field: 'itPartner.id', message: 'The IT partner must be an IT member.' }]);
  }
  const idea = await reviseIdea(ctx, caller.tenantId, ideaId, (current) => ({
    idea: {
      ...current,
      triage: {
        ...current.triage,
        ...(itPartner === undefined ? {} : { itPartner }),
        ...(sponsor === undefined ? {} : { sponsor }),
      },
    },
  }));
  return viewOf(idea, await ctx.repos.votes.has(caller.tenantId, ideaId, caller.userId));
}
