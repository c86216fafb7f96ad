import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDEAS } from '../../api/src/demo/demoIdeas.js';
import { DEMO_PEOPLE, DEMO_TENANT_ID, type DemoPerson } from '../../api/src/demo/demoPeople.js';
import { seedDemo } from '../../api/src/demo/seedDemo.js';
import type { IdeaPage, Me } from '../../core/src/index.js';
import { startTestApi, type TestApi } from '../support/testHost.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await api.host.services.ready();
});
afterAll(() => api.host.close());

describe('the demo tenant (local host, Azurite)', () => {
  it('seeds the board once, with the votes and comments the demo describes', async () => {
    const repos = api.host.services.ideabar.repos;
    expect(await seedDemo(repos)).toBe(DEMO_IDEAS.length);
    expect(await seedDemo(repos)).toBe(0);

    const megan = DEMO_PEOPLE.find((p) => p.userId === 'megan.bowen')!;
    const board = await api.as<IdeaPage>(megan, 'GET', '/api/ideas?limit=100');
    expect(board.body.items).toHaveLength(DEMO_IDEAS.length);
    for (const demo of DEMO_IDEAS) {
      const idea = board.body.items.find((i) => i.title === demo.title)!;
      expect(idea, demo.title).toMatchObject({
        votes: demo.voters,
        commentCount: demo.comments?.length ?? 0,
      });
    }
    // What IT did shows: a decline with its path to yes, an appeal waiting, a delivered benefit, a cycle.
    const byTitle = (title: string) => board.body.items.find((i) => i.title === title)!;
    expect(byTitle('Guest Wi-Fi that works without calling reception')).toMatchObject({
      status: 'declined',
      decline: { constraint: 'security' },
    });
    expect(byTitle('Laptop refresh every three years instead of five')).toMatchObject({
      status: 'under_review',
      appeal: { answeredAt: null },
    });
    expect(byTitle('Digital signatures for supplier contracts')).toMatchObject({
      status: 'delivered',
      measuredBenefit: { kind: 'cost_saved', amount: 12_500 },
    });
    expect(board.body.items.filter((i) => i.cycleId !== null).length).toBeGreaterThan(0);
  });

  it('lists its people for the local sign-in picker, IT members included', async () => {
    const people = await api.request<{ items: DemoPerson[] }>('GET', '/api/dev/people');
    expect(people.body.items.length).toBeGreaterThanOrEqual(5);
    expect(people.body.items.every((p) => p.tenantId === DEMO_TENANT_ID)).toBe(true);
    const it = people.body.items.find((p) => p.roles.includes('it'))!;
    expect((await api.as<Me>(it, 'GET', '/api/me')).body.roles).toEqual(['employee', 'it']);
  });
});
