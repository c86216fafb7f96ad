import { describe, expect, it } from 'vitest';
import {
  addCategory,
  appealDecline,
  approveIdea,
  castVote,
  changeStatus,
  ConflictError,
  getIdea,
  getSettings,
  itMembersOf,
  listCycles,
  mergeIdea,
  openCycle,
  removeItMember,
  submitIdea,
  updateBoard,
  updateCategory,
  updateSettings,
  ValidationError,
  type Caller,
} from '../../../core/src/index.js';
import { ada, DAY, domain, grace, ideaInput, voter } from '../../support/domain.js';

const itFixture = () => domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });

/** Settles every promise and answers each outcome: 'ok', or the error's class. */
const outcomes = (runs: Promise<unknown>[]) =>
  Promise.all(
    runs.map((run) =>
      run.then(
        () => 'ok' as const,
        (error: unknown) => error,
      ),
    ),
  );

describe('merges that cross', () => {
  it('makes exactly one of two crossing merges and refuses the other with a conflict, losing no vote', async () => {
    const { ctx, repos } = itFixture();
    const x = await submitIdea(ctx, ada, ideaInput('Password manager please'));
    const y = await submitIdea(ctx, ada, ideaInput('Company password manager'));
    for (const n of [1, 2, 3]) await castVote(ctx, voter(n), x.id);
    for (const n of [3, 4]) await castVote(ctx, voter(n), y.id);

    const [xIntoY, yIntoX] = await outcomes([
      mergeIdea(ctx, grace, x.id, { into: y.id, response: 'Same as the other.' }),
      mergeIdea(ctx, grace, y.id, { into: x.id, response: 'Same as the other.' }),
    ]);
    const results = [xIntoY, yIntoX];
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    const refused = results.find((r) => r !== 'ok');
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as Error).message).toMatch(/merged into this one/);

    const [afterX, afterY] = [await getIdea(ctx, ada, x.id), await getIdea(ctx, ada, y.id)];
    const statuses = [afterX.status, afterY.status].sort();
    expect(statuses).toEqual(['duplicate', 'new']);
    const kept = afterX.status === 'new' ? afterX : afterY;
    // ada (who submitted both) and voters 1–4, voter 3 and ada counted once.
    expect(kept.votes).toBe(5);
    expect((await repos.votes.tally('contoso', kept.id)).count).toBe(5);
  });

  it('makes exactly one of several merges of one idea into different ideas', async () => {
    const { ctx } = itFixture();
    const duplicate = await submitIdea(ctx, ada, ideaInput('Dark mode for the intranet'));
    const targets = await Promise.all(
      [1, 2, 3].map((n) => submitIdea(ctx, ada, ideaInput(`Intranet theme ${n}`))),
    );
    const results = await outcomes(
      targets.map((target) => mergeIdea(ctx, grace, duplicate.id, { into: target.id, response: 'Same.' })),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    for (const refused of results.filter((r) => r !== 'ok')) expect(refused).toBeInstanceOf(ConflictError);
    const after = await getIdea(ctx, ada, duplicate.id);
    expect(after.history.filter((h) => h.kind === 'merge')).toHaveLength(1);
  });

  it('refuses a merge into an idea on another board, changing neither', async () => {
    const { ctx } = itFixture();
    const here = await submitIdea(ctx, ada, ideaInput('Shared calendars'));
    const { repos } = ctx;
    const there = await submitIdea(ctx, ada, ideaInput('Shared calendars too'));
    const found = await repos.ideas.find('contoso', there.id);
    // Move the second idea to another board directly: the use cases never move ideas between boards.
    await repos.ideas.save({ ...found!.value, boardId: 'team-2' }, found!.version);
    const error = await mergeIdea(ctx, grace, here.id, { into: there.id, response: 'Same.' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual([
      { field: 'into', message: 'Merge into an idea on the same board.' },
    ]);
    expect((await getIdea(ctx, ada, here.id)).status).toBe('new');
  });
});

describe('cycles opened at once', () => {
  const NOW = new Date('2026-11-23T09:00:00.000Z').getTime();
  const iso = (days: number) => new Date(NOW + days * DAY).toISOString();

  it('creates exactly one of 8 overlapping cycles and refuses seven with a conflict', async () => {
    const { ctx } = itFixture();
    const results = await outcomes(
      Array.from({ length: 8 }, (_, n) =>
        openCycle(ctx, grace, {
          name: `Planning round ${n}`,
          submissionOpensAt: iso(n),
          submissionClosesAt: iso(n + 14),
          votingClosesAt: iso(n + 21),
        }),
      ),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    const refused = results.filter((r) => r !== 'ok');
    expect(refused).toHaveLength(7);
    for (const error of refused) {
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as Error).message).toMatch(/overlaps/);
    }
    expect(await listCycles(ctx, ada, {})).toHaveLength(1);
  });

  it('creates every one of cycles opened at once that do not overlap', async () => {
    const { ctx } = itFixture();
    const results = await outcomes(
      [0, 30, 60].map((start) =>
        openCycle(ctx, grace, {
          name: `Quarter starting day ${start}`,
          submissionOpensAt: iso(start),
          submissionClosesAt: iso(start + 14),
          votingClosesAt: iso(start + 21),
        }),
      ),
    );
    expect(results).toEqual(['ok', 'ok', 'ok']);
    expect(await listCycles(ctx, ada, {})).toHaveLength(3);
  });
});

describe('IT members removed at once', () => {
  it('never leaves a tenant without IT members: of two removals that would, one is made and one is a conflict', async () => {
    const { ctx } = itFixture();
    await ctx.itDirectory.addItMember(ada);
    const adaIt: Caller = ada;
    const results = await outcomes([removeItMember(ctx, grace, 'ada'), removeItMember(ctx, adaIt, 'grace')]);
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    const refused = results.find((r) => r !== 'ok');
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as Error).message).toMatch(/at least one IT member/);
    expect((await itMembersOf(ctx, 'contoso')).itMembers).toHaveLength(1);
  });
});

describe('board, category, approval, appeal and settings decisions made at once', () => {
  it('adds one of two categories of the same name, refusing the other by name, and keeps both of two different ones', async () => {
    const { ctx } = itFixture();
    const same = await outcomes([
      addCategory(ctx, grace, 'default', { name: 'Security' }),
      addCategory(ctx, grace, 'default', { name: 'security' }),
    ]);
    expect(same.filter((r) => r === 'ok')).toHaveLength(1);
    const refused = same.find((r) => r !== 'ok');
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fields[0]?.field).toBe('name');
    await Promise.all([
      addCategory(ctx, grace, 'default', { name: 'Finance' }),
      addCategory(ctx, grace, 'default', { name: 'Travel' }),
    ]);
    const board = await updateBoard(
      ctx,
      grace,
      'default',
      { name: 'Ideas' },
      { find: async () => undefined },
    );
    expect(board.categories.map((c) => c.name).sort()).toEqual(['Finance', 'Security', 'Travel']);
  });

  it('keeps both of a rename and a retirement made at once on different categories', async () => {
    const { ctx } = itFixture();
    await addCategory(ctx, grace, 'default', { name: 'Finance' });
    const board = await addCategory(ctx, grace, 'default', { name: 'Travel' });
    const [finance, travel] = board.categories;
    const [renamed, retired] = await Promise.all([
      updateCategory(ctx, grace, 'default', finance!.id, { name: 'Money' }),
      updateCategory(ctx, grace, 'default', travel!.id, { retired: true }),
    ]);
    const last = [renamed, retired].sort((a, b) => b.categories.length - a.categories.length)[0]!;
    const after = await updateBoard(
      ctx,
      grace,
      'default',
      { name: last.name },
      { find: async () => undefined },
    );
    expect(after.categories.map((c) => [c.name, c.retired])).toEqual([
      ['Money', false],
      ['Travel', true],
    ]);
  });

  it('approves an idea once: the second approval at the same moment is a conflict', async () => {
    const { ctx } = itFixture();
    await updateBoard(ctx, grace, 'default', { moderation: true }, { find: async () => undefined });
    const idea = await submitIdea(ctx, ada, ideaInput('Waiting for approval'));
    const results = await outcomes([approveIdea(ctx, grace, idea.id), approveIdea(ctx, grace, idea.id)]);
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.find((r) => r !== 'ok')).toBeInstanceOf(ConflictError);
  });

  it('takes one appeal per author however many are sent at once', async () => {
    const { ctx } = itFixture();
    const idea = await submitIdea(ctx, ada, ideaInput('Bring your own laptop'));
    await changeStatus(ctx, grace, idea.id, {
      status: 'declined',
      response: 'Not like this.',
      decline: {
        constraint: 'security',
        rule: 'Information Security Policy §4.2',
        pathToYes: 'Use the managed device programme.',
      },
    });
    const results = await outcomes(
      [1, 2, 3].map((n) =>
        appealDecline(ctx, ada, idea.id, {
          reason: `Please look again (${n}): the managed programme has no Macs.`,
        }),
      ),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    for (const refused of results.filter((r) => r !== 'ok')) expect(refused).toBeInstanceOf(ConflictError);
    const detail = await getIdea(ctx, ada, idea.id);
    expect(detail.history.filter((h) => h.kind === 'appeal')).toHaveLength(1);
  });

  it('keeps both of two settings changes made at once to different settings', async () => {
    const { ctx } = itFixture();
    await Promise.all([
      updateSettings(ctx, grace, { responseSlaBusinessDays: 3 }),
      updateSettings(ctx, grace, { reminderLeadDays: [7, 2] }),
    ]);
    expect(await getSettings(ctx, grace)).toMatchObject({
      responseSlaBusinessDays: 3,
      reminderLeadDays: [7, 2],
    });
  });
});
