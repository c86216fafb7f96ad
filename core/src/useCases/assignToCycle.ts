import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { phaseOf } from '../cycles/cycle.js';
import { ValidationError } from '../errors.js';
import { idSchema, type Caller } from '../identity.js';
import { viewOf, type IdeaView } from '../ideas/idea.js';
import { reviseIdea } from '../ideas/reviseIdea.js';
import { requireItMember } from '../members/requireItMember.js';
import { parseInput } from '../validation.js';

export const assignToCycleInput = z.object(
  { cycleId: idSchema.nullable() },
  { error: 'Send {cycleId} as a JSON object (null takes the idea out of its cycle).' },
);

/** IT adds an idea of the cycle's board to a cycle that has not closed, or takes it out of its cycle. */
export async function assignToCycle(
  ctx: IdeaBarContext,
  caller: Caller,
  ideaId: string,
  input: unknown,
): Promise<IdeaView> {
  await requireItMember(ctx, caller, 'add ideas to a planning cycle');
  const { cycleId } = parseInput(assignToCycleInput, input);
  const cycle = cycleId === null ? null : await ctx.repos.cycles.find(caller.tenantId, cycleId);
  if (cycle === undefined)
    throw new ValidationError([{ field: 'cycleId', message: 'There is no such cycle.' }]);
  if (cycle && phaseOf(cycle, ctx.clock.now()) === 'closed') {
    throw new ValidationError([{ field: 'cycleId', message: 'That cycle has closed.' }]);
  }
  const idea = await reviseIdea(ctx, caller.tenantId, ideaId, (current) => {
    if (cycle && cycle.boardId !== current.boardId) {
      throw new ValidationError([{ field: 'cycleId', message: 'That cycle belongs to another board.' }]);
    }
    return { idea: { ...current, cycleId: cycle?.id ?? null } };
  });
  return viewOf(idea, await ctx.repos.votes.has(caller.tenantId, ideaId, caller.userId));
}
