import { describe, expect, it } from 'vitest';
import { listBoards, whoAmI } from '../../../core/src/index.js';
import { ada, domain, grace, mallory } from '../../support/domain.js';

describe('whoAmI', () => {
  it('makes the configured people IT members of their own tenant only', async () => {
    const { ctx, repos } = domain({
      itMemberSeeds: [
        { tenantId: 'contoso', userId: 'grace' },
        { tenantId: 'fabrikam', userId: 'ada' },
      ],
    });
    expect(await whoAmI(ctx, grace)).toEqual({ ...grace, roles: ['employee', 'it'] });
    expect(await whoAmI(ctx, ada)).toEqual({ ...ada, roles: ['employee'] });
    expect((await repos.members.listItMembers('contoso')).map((m) => m.userId)).toEqual(['grace']);
  });

  it('reads IT membership from storage, so a member added later counts at once', async () => {
    const { ctx } = domain();
    expect((await whoAmI(ctx, ada)).roles).toEqual(['employee']);
    await ctx.itDirectory.addItMember(ada);
    expect((await whoAmI(ctx, ada)).roles).toEqual(['employee', 'it']);
    expect((await whoAmI(ctx, { ...mallory, userId: 'ada' })).roles).toEqual(['employee']);
  });
});

describe('listBoards', () => {
  it('gives every tenant its default board', async () => {
    const { ctx } = domain();
    expect(await listBoards(ctx, ada)).toEqual([expect.objectContaining({ id: 'default', isDefault: true })]);
    expect(await listBoards(ctx, mallory)).toEqual([
      expect.objectContaining({ id: 'default', isDefault: true }),
    ]);
  });
});
