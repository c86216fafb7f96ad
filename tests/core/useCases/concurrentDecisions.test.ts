import { describe, expect, it } from 'vitest';
import {
  castVote,
  ConflictError,
  getIdea,
  mergeIdea,
  submitIdea,
  ValidationError,
} from '../../../core/src/index.js';
import { ada, domain, grace, ideaInput, voter } from '../../support/domain.js';

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
    expect(kept.votes).toBe(4);
    expect((await repos.votes.tally('contoso', kept.id)).count).toBe(4);
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
