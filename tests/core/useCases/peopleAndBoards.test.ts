import { describe, expect, it } from 'vitest';
import {
  listBoards,
  NotFoundError,
  openTeamBoard,
  submitIdea,
  ValidationError,
  whoAmI,
} from '../../../core/src/index.js';
import { ada, domain, grace, ideaInput, mallory } from '../../support/domain.js';

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

describe('openTeamBoard', () => {
  it('gives each team one board, created on first open', async () => {
    const { ctx } = domain();
    const teamId = '19:abc123@thread.tacv2';
    const first = await openTeamBoard(ctx, ada, { teamId, name: 'Plant Operations' });
    expect(first).toEqual({
      created: true,
      board: expect.objectContaining({ id: teamId, teamId, name: 'Plant Operations', isDefault: false }),
    });
    const again = await openTeamBoard(ctx, grace, { teamId, name: 'Another name' });
    expect(again).toEqual({ created: false, board: first.board });
    expect((await listBoards(ctx, ada)).map((b) => b.id)).toEqual(['default', teamId]);
    expect((await listBoards(ctx, mallory)).map((b) => b.id)).toEqual(['default']);
    const idea = await submitIdea(ctx, ada, ideaInput('Team idea', { boardId: teamId }));
    expect(idea.boardId).toBe(teamId);
    await expect(
      submitIdea(ctx, mallory, ideaInput('Not my team', { boardId: teamId })),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('names the fields it refuses', async () => {
    const { ctx } = domain();
    const error = await openTeamBoard(ctx, ada, { teamId: 'a/b', name: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields.map((f) => f.field).sort()).toEqual(['name', 'teamId']);
  });
});
