import { z } from 'zod';
import type { IdeaBarContext } from '../context.js';
import { ConflictError, NotFoundError, StaleVersionError, UnavailableError } from '../errors.js';
import { idSchema, ID_PATTERN, type Caller } from '../identity.js';
import { lineSchema } from '../ideas/ideaInput.js';
import { requireItMember } from '../members/requireItMember.js';
import { rememberPerson } from '../people/knownPerson.js';
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

/** How often a removal is tried again after the IT members changed meanwhile. */
const MAX_ATTEMPTS = 5;

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
    await rememberPerson(ctx, { tenantId: caller.tenantId, ...person });
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
 * IT removes someone from the IT members; someone who is not one is not found. The last one cannot go: a tenant
 * without IT members would have nobody to answer its ideas. The check and the removal are one decision (the removal is conditional on the members it
 * was checked against), so two removals at once that would together leave nobody make one removal and one 409.
 */
export async function removeItMember(
  ctx: IdeaBarContext,
  caller: Caller,
  userId: string,
): Promise<ItMemberList> {
  await requireItMember(ctx, caller, 'remove IT members');
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const members = await ctx.repos.members.listItMembersVersioned(caller.tenantId);
    const leaving = ID_PATTERN.test(userId)
      ? members.value.find((member) => member.userId === userId)
      : undefined;
    if (!leaving) throw new NotFoundError('That IT member', 'it_member_not_found');
    if (members.value.length <= 1) {
      throw new ConflictError(
        'IdeaBar needs at least one IT member: add another before removing this one.',
        'last_it_member',
      );
    }
    try {
      await ctx.repos.members.removeItMember(caller.tenantId, userId, members.version);
    } catch (error) {
      if (error instanceof StaleVersionError) continue;
      throw error;
    }
    await recordChange(ctx, caller, {
      subject: 'itMembers',
      summary: `Removed ${leaving.name} from the IT members`,
      before: { userId: leaving.userId, name: leaving.name },
      after: null,
    });
    return itMembersOf(ctx, caller.tenantId);
  }
  throw new UnavailableError('Others are changing the IT members right now. Please try again.', 1);
}
