import { describe, expect, it } from 'vitest';
import {
  assignToCycle,
  castVote,
  changeStatus,
  ConflictError,
  cycleResults,
  ForbiddenError,
  getInsights,
  listCycles,
  listIdeas,
  openCycle,
  roadmap,
  submitIdea,
  updateBoard,
  approveIdea,
  ValidationError,
} from '../../../core/src/index.js';
import { ada, DAY, domain, grace, ideaInput, mallory, voter } from '../../support/domain.js';

const NOW = '2026-11-23T09:00:00.000Z';
const iso = (days: number) => new Date(new Date(NOW).getTime() + days * DAY).toISOString();
const q1 = (overrides: Record<string, unknown> = {}) => ({
  name: 'FY27 Q1 planning',
  submissionOpensAt: iso(-1),
  submissionClosesAt: iso(14),
  votingClosesAt: iso(21),
  ...overrides,
});

function fixture() {
  return domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
}

describe('planning cycles', () => {
  it('is opened by IT, with windows that make sense, and takes the ideas submitted in it', async () => {
    const { ctx } = fixture();
    await expect(openCycle(ctx, ada, q1())).rejects.toBeInstanceOf(ForbiddenError);
    const bad = await openCycle(
      ctx,
      grace,
      q1({ submissionClosesAt: iso(-2), votingClosesAt: iso(-3) }),
    ).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect((bad as ValidationError).fields.map((f) => f.field).sort()).toEqual([
      'submissionClosesAt',
      'votingClosesAt',
    ]);

    const cycle = await openCycle(ctx, grace, q1({ reminderDaysBefore: [1, 3, 3] }));
    expect(cycle).toMatchObject({
      boardId: 'default',
      phase: 'submissions',
      reminderDaysBefore: [3, 1],
      shortlistSize: 10,
    });
    await expect(openCycle(ctx, grace, q1({ name: 'Overlapping' }))).rejects.toBeInstanceOf(ConflictError);
    expect((await listCycles(ctx, ada, {})).map((c) => c.name)).toEqual(['FY27 Q1 planning']);

    const idea = await submitIdea(ctx, ada, ideaInput('Joins the cycle'));
    expect(idea.cycleId).toBe(cycle.id);
  });

  it('lets IT add an idea while the cycle is open, and shortlists by votes once voting closes', async () => {
    const { ctx, clock } = fixture();
    const before = await submitIdea(ctx, ada, ideaInput('From before the cycle'));
    expect(before.cycleId).toBeNull();
    const cycle = await openCycle(ctx, grace, q1({ shortlistSize: 2 }));
    expect((await assignToCycle(ctx, grace, before.id, { cycleId: cycle.id })).cycleId).toBe(cycle.id);
    await expect(assignToCycle(ctx, ada, before.id, { cycleId: null })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const second = await submitIdea(ctx, ada, ideaInput('Second in the cycle'));
    const third = await submitIdea(ctx, ada, ideaInput('Third in the cycle'));
    const declined = await submitIdea(ctx, ada, ideaInput('Declined in the cycle'));
    for (const n of [1, 2, 3]) await castVote(ctx, voter(n), second.id);
    for (const n of [1, 2]) await castVote(ctx, voter(n), before.id);
    for (const n of [1, 2, 3, 4]) await castVote(ctx, voter(n), declined.id);
    await changeStatus(ctx, grace, declined.id, {
      status: 'declined',
      response: 'Not now.',
      decline: {
        constraint: 'capacity',
        rule: 'Capacity plan CP-7',
        pathToYes: 'Next year, when the team grows.',
      },
    });

    const open = await cycleResults(ctx, ada, cycle.id);
    expect(open).toMatchObject({ final: false, ideas: 4 });
    expect(open.shortlist.map((i) => i.title)).toEqual(['Second in the cycle', 'From before the cycle']);
    clock.advance(22 * DAY);
    const closed = await cycleResults(ctx, ada, cycle.id);
    expect(closed).toMatchObject({ final: true, cycle: { phase: 'closed' } });
    expect(third.cycleId).toBe(cycle.id);
    const late = await assignToCycle(ctx, grace, third.id, { cycleId: cycle.id }).catch((e: unknown) => e);
    expect((late as ValidationError).fields).toEqual([
      { field: 'cycleId', message: 'That cycle has closed.' },
    ]);
    expect((await getInsights(ctx, ada, { cycleId: cycle.id })).funnel.submitted).toBe(4);
  });

  it('lists a cycle’s ideas and its shortlist on the board, ranked as its results rank them', async () => {
    const { ctx } = fixture();
    await submitIdea(ctx, ada, ideaInput('Outside the cycle'));
    const cycle = await openCycle(ctx, grace, q1({ shortlistSize: 2 }));
    const [low, high, middle, declined] = await Promise.all(
      ['Low', 'High', 'Middle', 'Declined'].map((title) =>
        submitIdea(ctx, ada, ideaInput(`${title} in the cycle`)),
      ),
    );
    for (const [idea, votes] of [
      [high, 4],
      [middle, 2],
      [declined, 5],
    ] as const) {
      for (let n = 1; n <= votes; n += 1) await castVote(ctx, voter(n), idea!.id);
    }
    await changeStatus(ctx, grace, declined!.id, {
      status: 'declined',
      response: 'Not now.',
      decline: { constraint: 'capacity', rule: 'Capacity plan CP-7', pathToYes: 'Next year.' },
    });
    const titles = async (query: Record<string, unknown>) =>
      (await listIdeas(ctx, ada, query)).items.map((idea) => idea.title);

    expect(await titles({ cycleId: cycle.id })).toEqual([
      'Declined in the cycle',
      'High in the cycle',
      'Middle in the cycle',
      'Low in the cycle',
    ]);
    const { shortlist } = await cycleResults(ctx, ada, cycle.id);
    expect(await titles({ cycleId: cycle.id, shortlist: 'true' })).toEqual(
      shortlist.map((idea) => idea.title),
    );
    expect(shortlist.map((idea) => idea.id)).toEqual([high!.id, middle!.id]);
    expect(await titles({ cycleId: cycle.id, shortlist: 'false', status: 'open' })).toEqual([low!.title]);
    // Paging keeps to the shortlist.
    const first = await listIdeas(ctx, ada, { cycleId: cycle.id, shortlist: 'true', limit: '1' });
    expect(first.total).toBe(2);
    const next = await listIdeas(ctx, ada, {
      cycleId: cycle.id,
      shortlist: 'true',
      limit: '1',
      cursor: first.nextCursor,
    });
    expect(next.items.map((idea) => idea.id)).toEqual([middle!.id]);

    const refused = async (caller: typeof ada, query: Record<string, unknown>) =>
      ((await listIdeas(ctx, caller, query).catch((e: unknown) => e)) as ValidationError).fields;
    expect(await refused(ada, { shortlist: 'true' })).toEqual([
      { field: 'shortlist', message: 'Name the planning cycle (cycleId) whose shortlist to show.' },
    ]);
    expect(await refused(ada, { cycleId: cycle.id, boardId: 'another' })).toEqual([
      { field: 'cycleId', message: 'That planning cycle belongs to another board.' },
    ]);
    // Another tenant cannot list, or even learn of, this tenant's cycle.
    for (const [caller, cycleId] of [
      [ada, '01JDNOSUCHCYCLE'],
      [mallory, cycle.id],
    ] as const) {
      expect(await refused(caller, { cycleId })).toEqual([
        { field: 'cycleId', message: 'There is no such planning cycle.' },
      ]);
    }
  });

  it('ranks no idea that still waits for approval on a moderated board, for anyone', async () => {
    const { ctx } = fixture();
    // Moderation only: no announcement channel to check against the bot's conversations.
    await updateBoard(ctx, grace, 'default', { moderation: true }, { find: async () => undefined });
    const cycle = await openCycle(ctx, grace, q1());
    const waiting = await submitIdea(ctx, ada, ideaInput('Waiting for approval'));
    await castVote(ctx, ada, waiting.id);
    for (const reader of [ada, grace]) {
      expect(await cycleResults(ctx, reader, cycle.id)).toMatchObject({ shortlist: [], ideas: 0 });
    }
    await approveIdea(ctx, grace, waiting.id);
    const results = await cycleResults(ctx, ada, cycle.id);
    expect(results.shortlist.map((idea) => idea.title)).toEqual(['Waiting for approval']);
  });

  it('lays out the roadmap per cycle and stage', async () => {
    const { ctx } = fixture();
    const outside = await submitIdea(ctx, ada, ideaInput('Outside any cycle'));
    const cycle = await openCycle(ctx, grace, q1());
    const inside = await submitIdea(ctx, ada, ideaInput('Inside the cycle'));
    await changeStatus(ctx, grace, outside.id, { status: 'planned', response: 'Planned.' });
    await changeStatus(ctx, grace, inside.id, { status: 'in_progress', response: 'Started.' });
    const lanes = await roadmap(ctx, ada, {});
    expect(
      lanes.map((l) => [l.cycle?.id ?? null, l.planned.length, l.inProgress.length, l.delivered.length]),
    ).toEqual([
      [cycle.id, 0, 1, 0],
      [null, 1, 0, 0],
    ]);
  });
});
