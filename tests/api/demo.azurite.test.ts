/**
 * The demo tenant against a real Azurite, through the local host: what `npm start` seeds on first start and
 * `npm run seed -- --reset` seeds again, and that every screen has true figures to show on it.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOARD, DEMO_CYCLES } from '../../api/src/demo/demoBoard.js';
import type { DemoIdea } from '../../api/src/demo/demoIdea.js';
import { DEMO_IDEAS } from '../../api/src/demo/demoIdeas.js';
import { DEMO_PEOPLE, DEMO_TENANT_ID, type DemoPerson } from '../../api/src/demo/demoPeople.js';
import { isLocalEmulator } from '../../api/src/demo/resetDemo.js';
import { seedDemo } from '../../api/src/demo/seedDemo.js';
import { planIdea, votersOf } from '../../api/src/demo/demoTimeline.js';
import {
  DEFAULT_BOARD_ID,
  type CycleResults,
  type CycleView,
  type IdeaPage,
  type IdeaStatus,
  type IdeaView,
  type InsightsReport,
  type Me,
} from '../../core/src/index.js';
import { startTestApi, type TestApi } from '../support/testHost.js';

const run = promisify(execFile);
const DAY = 86_400_000;

let api: TestApi;
let seededIn: number;
let written: number;
let board: IdeaView[];
const megan = DEMO_PEOPLE.find((p) => p.userId === 'megan.bowen')!;

beforeAll(async () => {
  api = await startTestApi();
  await api.host.services.ready();
  const started = performance.now();
  written = await seedDemo(api.host.services.ideabar.repos);
  seededIn = performance.now() - started;
  const page = await api.as<IdeaPage>(megan, 'GET', '/api/ideas?limit=100');
  board = page.body.items;
}, 60_000);
afterAll(() => api.host.close());

const byTitle = (title: string): IdeaView => {
  const found = board.find((idea) => idea.title === title);
  if (!found) throw new Error(`no idea "${title}" on the board`);
  return found;
};

/** Where a demo idea's story ends: merged, the last answer IT gave, back under review by an appeal, or new. */
function finalStatus(demo: DemoIdea): IdeaStatus {
  if (demo.mergedInto) return 'duplicate';
  const last = demo.steps?.at(-1);
  if (demo.appeal && (!last || demo.appeal.after > last.after)) return 'under_review';
  return last?.status ?? 'new';
}

describe('the demo tenant (local host, Azurite)', () => {
  it('seeds about sixty ideas, and only once', async () => {
    expect(written).toBe(DEMO_IDEAS.length);
    expect(DEMO_IDEAS.length).toBeGreaterThanOrEqual(55);
    expect(DEMO_IDEAS.length).toBeLessThanOrEqual(70);
    console.info(`seeded ${written} demo ideas in ${(seededIn / 1000).toFixed(1)} s`);

    expect(await seedDemo(api.host.services.ideabar.repos)).toBe(0);
    const ideas = await api.host.services.ideabar.repos.ideas.listBoard(DEMO_TENANT_ID, DEFAULT_BOARD_ID);
    expect(ideas).toHaveLength(DEMO_IDEAS.length);
    expect(board).toHaveLength(DEMO_IDEAS.length);
  });

  it('tells a consistent story: unique titles, known areas, and nothing after now', () => {
    expect(new Set(DEMO_IDEAS.map((demo) => demo.title)).size).toBe(DEMO_IDEAS.length);
    for (const demo of DEMO_IDEAS) {
      expect(DEMO_BOARD.areas, demo.title).toContain(demo.area);
      expect(() => planIdea(demo, Date.now()), demo.title).not.toThrow();
    }
  });

  it('has ideas in every business area and every status, as the data files say', () => {
    const counts = (statusOf: (idea: { title: string }) => IdeaStatus) =>
      Object.fromEntries(
        (
          ['new', 'under_review', 'planned', 'in_progress', 'delivered', 'declined', 'duplicate'] as const
        ).map((status) => [status, DEMO_IDEAS.filter((demo) => statusOf(demo) === status).length]),
      );
    const expected = counts((demo) => finalStatus(demo as DemoIdea));
    expect(counts((demo) => byTitle(demo.title).status)).toEqual(expected);
    for (const [status, count] of Object.entries(expected)) {
      expect(count, status).toBeGreaterThanOrEqual(status === 'duplicate' ? 1 : 5);
    }
    for (const area of DEMO_BOARD.areas) {
      expect(board.filter((idea) => idea.category === area).length, area).toBeGreaterThanOrEqual(3);
    }
  });

  it('spreads votes realistically: a few hot ideas, a long tail, merged votes counted once', () => {
    const mergedInto = new Map<string, DemoIdea[]>();
    for (const demo of DEMO_IDEAS) {
      if (demo.mergedInto)
        mergedInto.set(demo.mergedInto.title, [...(mergedInto.get(demo.mergedInto.title) ?? []), demo]);
    }
    for (const demo of DEMO_IDEAS) {
      const idea = byTitle(demo.title);
      const voters = new Set(
        // Each idea comes with its author's vote.
        [demo, ...(mergedInto.get(demo.title) ?? [])].flatMap((d) => [
          d.author,
          ...votersOf(d).map((p) => p.userId),
        ]),
      );
      expect(idea.votes, demo.title).toBe(demo.mergedInto ? 0 : voters.size);
      expect(idea.commentCount, demo.title).toBe(demo.comments?.length ?? 0);
    }
    const votes = board.map((idea) => idea.votes).sort((a, b) => b - a);
    expect(votes[0]).toBeGreaterThanOrEqual(35);
    expect(votes.filter((n) => n >= 20).length).toBeGreaterThanOrEqual(8);
    expect(votes.filter((n) => n <= 8).length).toBeGreaterThanOrEqual(15);
  });

  it('spans about nine months, with IT’s decisions, appeals, partners and benefits', () => {
    const ages = board.map((idea) => (Date.now() - Date.parse(idea.createdAt)) / DAY);
    expect(Math.max(...ages)).toBeGreaterThan(240);
    expect(Math.min(...ages)).toBeLessThan(3);

    const declined = board.filter((idea) => idea.status === 'declined');
    const withPathToYes = declined.filter(
      (idea) =>
        idea.decline && idea.decline.constraint !== 'other' && idea.decline.rule && idea.decline.pathToYes,
    );
    expect(withPathToYes.length).toBeGreaterThanOrEqual(6);
    expect(byTitle('Guest Wi-Fi that works without calling reception')).toMatchObject({
      status: 'declined',
      decline: { constraint: 'security' },
    });

    // Appeals: one still waiting, one answered with a yes, one answered with a second, better "no".
    expect(byTitle('Laptop refresh every three years instead of five')).toMatchObject({
      status: 'under_review',
      appeal: { answeredAt: null },
    });
    expect(byTitle('Commission statements people can check themselves')).toMatchObject({
      status: 'planned',
      appeal: { answeredAt: expect.any(String) },
    });
    expect(byTitle('Connect the old CNC machines to the network')).toMatchObject({
      status: 'declined',
      appeal: { answeredAt: expect.any(String) },
      decline: { pathToYes: expect.stringContaining('May') },
    });

    const duplicate = byTitle('Approve purchase requests from Teams on my phone');
    expect(duplicate).toMatchObject({ status: 'duplicate', votes: 0 });
    expect(duplicate.duplicateOf).toBe(byTitle('One place to see all approvals waiting for me').id);

    const delivered = board.filter((idea) => idea.status === 'delivered');
    expect(delivered.length).toBeGreaterThanOrEqual(8);
    for (const idea of delivered) {
      expect(idea.expectedBenefit, idea.title).not.toBeNull();
      expect(idea.measuredBenefit, idea.title).not.toBeNull();
    }
    expect(byTitle('Digital signatures for supplier contracts')).toMatchObject({
      status: 'delivered',
      measuredBenefit: { kind: 'cost_saved', amount: 12_500 },
      itPartner: { id: 'alex.wilber' },
      sponsor: { id: 'fatima.haddad' },
      classification: { sourcing: 'non_core', recommendation: 'buy' },
    });
    expect(board.filter((idea) => idea.classification).length).toBeGreaterThanOrEqual(25);
    expect(board.filter((idea) => idea.sponsor).length).toBeGreaterThanOrEqual(15);
  });

  it('has last half’s planning cycle closed with its results, and this quarter’s in voting', async () => {
    const cycles = (await api.as<{ items: CycleView[] }>(megan, 'GET', '/api/cycles')).body.items;
    expect(cycles.map((cycle) => [cycle.name, cycle.phase])).toEqual([
      [DEMO_CYCLES[1]!.name, 'voting'],
      [DEMO_CYCLES[0]!.name, 'closed'],
    ]);
    const [open, closed] = cycles as [CycleView, CycleView];
    const results = await api.as<CycleResults>(megan, 'GET', `/api/cycles/${closed.id}/results`);
    expect(results.body).toMatchObject({ final: true, ideas: 8 });
    expect(results.body.shortlist.map((idea) => idea.status)).toHaveLength(5);
    expect(results.body.shortlist.every((idea) => ['in_progress', 'delivered'].includes(idea.status))).toBe(
      true,
    );
    expect(results.body.shortlist[0]?.title).toBe(
      'Service history on the technician’s phone before arriving',
    );

    const voting = await api.as<CycleResults>(megan, 'GET', `/api/cycles/${open.id}/results`);
    expect(voting.body.final).toBe(false);
    expect(voting.body.ideas).toBeGreaterThanOrEqual(10);
    expect(board.filter((idea) => idea.cycleId === open.id && idea.status === 'new').length).toBeGreaterThan(
      0,
    );
  });

  it('gives the insights screen non-empty figures', async () => {
    const { status, body } = await api.as<InsightsReport>(megan, 'GET', '/api/insights');
    expect(status).toBe(200);
    const ideas = DEMO_IDEAS.filter((demo) => !demo.mergedInto).length;
    expect(body.ideas).toBe(ideas);
    expect(body.responseTime.medianBusinessDays).toBeGreaterThan(0);
    expect(body.responseTime.p90BusinessDays).toBeGreaterThan(body.responseTime.medianBusinessDays!);
    expect(body.responseTime.answered).toBeGreaterThan(40);
    expect(body.responseTime.waiting).toBeGreaterThan(5);
    expect(body.sla.withinShare).toBeGreaterThan(0.5);
    expect(body.sla.withinShare).toBeLessThan(1);
    expect(body.sla.late).toBeGreaterThan(0);
    // Some ideas are still waiting for a first answer past the SLA.
    expect(body.sla.overdueWaiting).toBeGreaterThan(0);
    expect(body.declines.restingOnRuleWithPathToYes).toBeGreaterThanOrEqual(6);
    expect(body.decisionMix.enabled).toBeGreaterThan(body.decisionMix.declined);
    expect(body.sourcing.core).toBeGreaterThan(0);
    expect(body.sourcing.nonCore).toBeGreaterThan(0);
    expect(body.byArea.map((area) => area.category).sort()).toEqual([...DEMO_BOARD.areas].sort());
    const { funnel } = body;
    expect(funnel.submitted).toBeGreaterThan(funnel.shortlisted);
    expect(funnel.shortlisted).toBeGreaterThan(funnel.planned);
    expect(funnel.planned).toBeGreaterThan(funnel.delivered);
    expect(funnel.delivered).toBeGreaterThan(0);
    expect(body.benefits.hours_saved_per_month.measured).toBeGreaterThan(0);
    expect(body.benefits.cost_saved.measured).toBeGreaterThan(body.benefits.cost_saved.expected);
    expect(body.benefits.other.ideas).toBeGreaterThan(0);
  });

  it('ranks a recent, busy idea among the trending ones', async () => {
    const trending = await api.as<IdeaPage>(megan, 'GET', '/api/ideas?sort=trending&limit=5');
    const ages = trending.body.items.map((idea) => (Date.now() - Date.parse(idea.createdAt)) / DAY);
    expect(Math.min(...ages)).toBeLessThan(5);
    expect(trending.body.items.map((idea) => idea.title)).toContain('Translate customer chats live');
  });

  it('starts over with npm run seed -- --reset, and refuses to reset anything but a local Azurite', async () => {
    const config = api.host.services.config;
    const env = {
      PATH: process.env.PATH ?? '',
      STORAGE_CONNECTION_STRING: config.storage.connectionString,
      TABLE_PREFIX: config.storage.tablePrefix,
    };
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const seed = (...args: string[]) => run(process.execPath, [tsx, 'scripts/seed.ts', ...args], { env });

    await api.as(megan, 'POST', '/api/ideas', {
      title: 'An idea the reset takes away',
      description: 'Gone soon.',
    });
    const repos = api.host.services.ideabar.repos;
    expect(await repos.ideas.listBoard(DEMO_TENANT_ID, DEFAULT_BOARD_ID)).toHaveLength(DEMO_IDEAS.length + 1);
    expect((await seed()).stdout).toContain('nothing to do');

    const { stdout } = await seed('--reset');
    expect(stdout).toContain('Deleted the IdeaBar tables.');
    expect(stdout).toContain(`Seeded ${DEMO_IDEAS.length} demo ideas`);
    const after = await repos.ideas.listBoard(DEMO_TENANT_ID, DEFAULT_BOARD_ID);
    expect(after).toHaveLength(DEMO_IDEAS.length);
    expect(after.some((idea) => idea.title === 'An idea the reset takes away')).toBe(false);

    expect(isLocalEmulator(config.storage.connectionString)).toBe(true);
    const azure =
      'DefaultEndpointsProtocol=https;AccountName=ideabar;AccountKey=a2V5;EndpointSuffix=core.windows.net';
    expect(isLocalEmulator(azure)).toBe(false);
    await expect(
      run(process.execPath, [tsx, 'scripts/seed.ts', '--reset'], {
        env: { ...env, STORAGE_CONNECTION_STRING: azure },
      }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('only runs against Azurite') });
    // Two seed processes, each compiling the scripts and one writing the whole demo story: on a busy two-core machine
    // that is about a minute.
  }, 180_000);

  it('lists its people for the local sign-in picker, IT members included', async () => {
    const people = await api.request<{ items: DemoPerson[] }>('GET', '/api/dev/people');
    expect(people.body.items).toHaveLength(12);
    expect(people.body.items.every((p) => p.tenantId === DEMO_TENANT_ID)).toBe(true);
    const it = people.body.items.find((p) => p.roles.includes('it'))!;
    expect((await api.as<Me>(it, 'GET', '/api/me')).body.roles).toEqual(['employee', 'it']);
  });
});
