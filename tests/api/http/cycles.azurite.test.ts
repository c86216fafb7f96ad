import { describe, expect, it } from 'vitest';
import type { CycleResults, CycleView, IdeaPage, RoadmapLane } from '../../../core/src/index.js';
import type { Person } from '../../support/testHost.js';
import { useTestApi } from '../../support/apiTestBed.js';

const ada: Person = { tenantId: 'contoso', userId: 'ada', name: 'Ada' };
const grace: Person = { tenantId: 'contoso', userId: 'grace', name: 'Grace', roles: ['it'] };
const day = 86_400_000;

const api = useTestApi();

describe('planning cycles over HTTP (local host, Azurite)', () => {
  it('opens a cycle, takes submissions into it, ranks its shortlist and shows the roadmap', async () => {
    const now = Date.now();
    const body = {
      name: 'FY27 Q1 planning',
      submissionOpensAt: new Date(now - day).toISOString(),
      submissionClosesAt: new Date(now + 7 * day).toISOString(),
      votingClosesAt: new Date(now + 14 * day).toISOString(),
      shortlistSize: 1,
    };
    expect((await api.as(ada, 'POST', '/api/cycles', body)).status).toBe(403);
    const missing = await api.as(grace, 'POST', '/api/cycles', { name: 'x' });
    expect(missing.status).toBe(400);
    const opened = await api.as<CycleView>(grace, 'POST', '/api/cycles', body);
    expect(opened).toMatchObject({ status: 201, body: { name: 'FY27 Q1 planning', phase: 'submissions' } });
    const cycleId = opened.body.id;

    const first = await api.submitIdea(ada, { title: 'First', description: 'One.' });
    const second = await api.submitIdea(ada, { title: 'Second', description: 'Two.' });
    expect([first.cycleId, second.cycleId]).toEqual([cycleId, cycleId]);
    await api.as(grace, 'PUT', `/api/ideas/${second.id}/vote`);

    const results = await api.as<CycleResults>(ada, 'GET', `/api/cycles/${cycleId}/results`);
    expect(results.body).toMatchObject({ final: false, ideas: 2 });
    expect(results.body.shortlist.map((i) => i.title)).toEqual(['Second']);
    expect((await api.as(ada, 'GET', '/api/cycles/01JDNOSUCHCYCLE/results')).status).toBe(404);

    // The board lists the cycle's ideas, and its shortlist as the results rank it.
    const listed = async (query: string) =>
      (await api.as<IdeaPage>(ada, 'GET', `/api/ideas?${query}`)).body.items.map((idea) => idea.title);
    expect((await listed(`cycleId=${cycleId}`)).sort()).toEqual(['First', 'Second']);
    expect(await listed(`cycleId=${cycleId}&shortlist=true`)).toEqual(['Second']);
    expect(await listed(`cycleId=${cycleId}&shortlist=false`)).toEqual(['First']);
    const noCycle = await api.as<{ error: { fields: unknown[] } }>(ada, 'GET', '/api/ideas?shortlist=true');
    expect(noCycle.status).toBe(400);
    expect(noCycle.body.error.fields).toEqual([
      { field: 'shortlist', message: 'Name the planning cycle (cycleId) whose shortlist to show.' },
    ]);
    // Another tenant's reader learns nothing of the cycle.
    const stranger: Person = { tenantId: 'fabrikam', userId: 'mallory', name: 'Mallory' };
    const foreign = await api.as<{ error: { fields: unknown[] } }>(
      stranger,
      'GET',
      `/api/ideas?cycleId=${cycleId}`,
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields).toEqual([
      { field: 'cycleId', message: 'There is no such planning cycle.' },
    ]);

    await api.as(grace, 'POST', `/api/ideas/${second.id}/status`, { status: 'planned', response: 'In Q1.' });
    const lanes = await api.as<{ lanes: RoadmapLane[] }>(ada, 'GET', '/api/roadmap');
    expect(lanes.body.lanes.map((l) => [l.cycle?.name, l.planned.map((i) => i.title)])).toEqual([
      ['FY27 Q1 planning', ['Second']],
    ]);
    const cycles = await api.as<{ items: CycleView[] }>(ada, 'GET', '/api/cycles');
    expect(cycles.body.items.map((c) => c.id)).toEqual([cycleId]);
    expect((await api.as(grace, 'PUT', `/api/ideas/${first.id}/cycle`, { cycleId: null })).status).toBe(200);
  });
});
