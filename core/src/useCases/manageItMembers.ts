import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { idSchema, ID_PATTERN, type Caller } from '../identity.js';
import { lineSchema } from '../ideas/ideaInput.js';
import { requireItMember } from '../members/requireItMember.js';
import { recordChange } from '../settings/recordChange.js';
import { parseInput } from '../validation.js';

export const addItMemberInput = z.object(
  { userId: idSchema, name: lineSchema('a name', 1, 100) },
  { error: 'Send {userId, name} as a JSON object.' },
);

export interface ItMemberList {
  itMembers: { userId: string; name: string; addedAt: string }[];
}

/** The IT members as they are now, by name. */
export async function itMembersOf(ctx: IdeaBarContext, tenantId: string): Promise<ItMemberList> {
  const members = await ctx.repos.members.listItMembers(tenantId);
  return {
    itMembers: members
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((member) => ({ userId: member.userId, name: member.name, addedAt: member.addedAt.toISOString() })),
  };
}

/** IT adds a colleague to the people who triage. */
export async function addItMember(
  ctx: IdeaBarContext,
  caller: Caller,
  input: unknown,
): Promise<ItMemberList> {
  await requireItMember(ctx, caller, 'add IT members');
  const person = parseInput(addItMemberInput, input);
  const added = await ctx.repos.members.addItMember({
    tenantId: caller.tenantId,
    ...person,
    addedAt: ctx.clock.now(),
  });
  if (added === 'added') {
    await recordChange(ctx, caller, {
      subject: 'itMembers',
      summary: `Added ${person.name} to the IT members`,
      before: null,
      after: person,
    });
  }
  return itMembersOf(ctx, caller.tenantId);
}

/**
 * IT removes someone from the IT members; someone who is not one is not found. The last one cannot go: a tenant without IT members would have nobody
 * to answer its ideas. Should two removals race so that none is left, the removal that finds nobody puts its
 * member back and is refused.
 */
export async function removeItMember(
  ctx: IdeaBarContext,
  caller: Caller,
  userId: string,
): Promise<ItMemberList> {
  await requireItMember(ctx, caller, 'remove IT members');
  const members = await ctx.repos.members.listItMembers(caller.tenantId);
  const leaving = ID_PATTERN.test(userId) ? members.find((member) => member.userId === userId) : undefined;
  if (!leaving) throw new NotFoundError('That IT member');
  const lastOne = new ConflictError(
    'IdeaBar needs at least one IT member: add another before removing this one.',
  );
  if (members.length <= 1) throw lastOne;
  await ctx.repos.members.removeItMember(caller.tenantId, userId);
  if ((await ctx.repos.members.listItMembers(caller.tenantId)).length === 0) {
    await ctx.repos.members.addItMember(leaving);
    throw lastOne;
  }
  await recordChange(ctx, caller, {
    subject: 'itMembers',
    summary: `Removed ${leaving.name} from the IT members`,
    before: { userId: leaving.userId, name: leaving.name },
    after: null,
  });
  return itMembersOf(ctx, caller.tenantId);
}
