import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Classification,
  type IdeaRecord,
  type IdeaStatus,
  type IdeaTriage,
  type InsightsReport,
} from '../../../core/src/index.js';
import { TestClock } from '../../support/domain.js';
import { useTestApi } from '../../support/apiTestBed.js';
import type { Person } from '../../support/testHost.js';
import { storedIdea } from '../../support/storedIdeas.js';

const reader: Person = { tenantId: 'contoso', userId: 'reader', name: 'Reader' };
const it_: Person = { tenantId: 'contoso', userId: 'grace', name: 'Grace', roles: ['it'] };
const MONDAY = '2026-11-02T09:00:00Z';

/** Ideas whose insight figures are worked out by hand in the test below. */
function fixture(): IdeaRecord[] {
  const idea = (
    id: string,
    status: IdeaStatus,
    createdAt: string,
    firstResponseAt: string | null,
    category: string | null,
    votes: number,
    triage: Partial<IdeaTriage> = {},
  ): IdeaRecord =>
    storedIdea({
      id,
      status,
      category,
      votes,
      author: { id: 'author', name: 'Author' },
      createdAt: new Date(createdAt),
      triage: { ...triage, firstResponseAt: firstResponseAt ? new Date(firstResponseAt) : null },
    });
  const classified = (
    sourcing: Classification['sourcing'],
    recommendation: Classification['recommendation'],
  ) => ({
    classification: { sourcing, recommendation, value: 3, effort: 3 },
  });
  const declined = (constraint: 'security' | 'other') => ({
    decline: { constraint, rule: 'A named rule', pathToYes: 'What would make it a yes.' },
  });
  const hours = (amount: number) => ({ kind: 'hours_saved_per_month' as const, amount, note: null });
  return [
    idea('A', 'planned', MONDAY, '2026-11-03T09:00:00Z', 'Remote work', 10, classified('core', 'build')),
    idea('B', 'declined', MONDAY, '2026-11-09T09:00:00Z', 'Security', 3, declined('security')),
    idea('C', 'delivered', '2026-11-06T18:00:00Z', '2026-11-09T09:00:00Z', 'Remote work', 7, {
      ...classified('non_core', 'buy'),
      expectedBenefit: hours(20),
      measuredBenefit: hours(25),
    }),
    idea('D', 'declined', MONDAY, '2026-11-16T09:00:00Z', null, 0, declined('other')),
    idea('E', 'new', MONDAY, null, 'Security', 1),
    idea('F', 'new', '2026-11-20T09:00:00Z', null, 'Facilities', 0),
    idea('G', 'duplicate', MONDAY, '2026-11-02T10:00:00Z', 'Facilities', 0, { duplicateOf: 'A' }),
    idea(
      'H',
      'in_progress',
      MONDAY,
      '2026-11-04T21:00:00Z',
      'Remote work',
      2,
      classified('non_core', 'outsource'),
    ),
    idea('I', 'delivered', MONDAY, '2026-11-05T09:00:00Z', 'Facilities', 4, {
      expectedBenefit: { kind: 'cost_saved', amount: 800, note: null },
      measuredBenefit: { kind: 'cost_saved', amount: 1000, note: null },
    }),
    idea('J', 'delivered', MONDAY, '2026-11-02T15:00:00Z', 'Facilities', 0, {
      expectedBenefit: { kind: 'uptime_percent', amount: 99.5, note: null },
      measuredBenefit: { kind: 'uptime_percent', amount: 99.9, note: null },
    }),
  ];
}

const api = useTestApi();
beforeAll(async () => {
  await api.host.services.ready();
  Object.assign(api.host.services.ideabar, { clock: new TestClock(new Date('2026-11-23T12:00:00Z')) });
  for (const idea of fixture()) await api.host.services.ideabar.repos.ideas.create(idea);
});

describe('insights through the API (local host, Azurite)', () => {
  it('gives every figure its known answer', async () => {
    const response = await api.as<InsightsReport>(reader, 'GET', '/api/insights?boardId=default');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      boardId: 'default',
      cycleId: null,
      period: { from: null, to: null },
      ideas: 9,
      // Answered in 0.25, 0.625, 1, 2.5, 3, 5 and 10 business days.
      responseTime: { medianBusinessDays: 2.5, p90BusinessDays: 7, answered: 7, waiting: 2 },
      // Within 5 business days: A B C H I J; late: D; still waiting past the SLA: E (F is 1.125 days old).
      sla: { businessDays: 5, withinShare: 0.75, within: 6, late: 1, overdueWaiting: 1 },
      decisionMix: { enabled: 5, notYet: 2, declined: 2 },
      declines: { total: 2, restingOnRule: 1, restingOnRuleWithPathToYes: 1 },
      sourcing: {
        core: 1,
        nonCore: 2,
        unclassified: 6,
        recommendations: { build: 1, keep_in_house: 0, buy: 1, outsource: 1 },
      },
      byArea: [
        { category: 'Remote work', ideas: 3, votes: 19 },
        { category: 'Facilities', ideas: 3, votes: 4 },
        { category: 'Security', ideas: 2, votes: 4 },
        { category: null, ideas: 1, votes: 0 },
      ],
      funnel: { submitted: 9, shortlisted: 5, planned: 5, delivered: 3 },
      benefits: {
        hours_saved_per_month: { expected: 20, measured: 25, ideas: 1 },
        cost_saved: { expected: 800, measured: 1000, ideas: 1 },
        uptime_percent: { expected: 99.5, measured: 99.9, ideas: 1 },
        other: { expected: 0, measured: 0, ideas: 0 },
      },
      // Every idea was submitted in November: the eleven months before it are gaps, not zeros.
      responseTrend: [
        ...[
          '2025-12',
          ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) => `2026-${String(m).padStart(2, '0')}`),
        ].map((month) => ({
          month,
          ideas: 0,
          answered: 0,
          medianBusinessDays: null,
          p90BusinessDays: null,
          withinSla: 0,
          slaMeasured: 0,
          withinShare: null,
        })),
        {
          month: '2026-11',
          ideas: 9,
          answered: 7,
          medianBusinessDays: 2.5,
          p90BusinessDays: 7,
          withinSla: 6,
          slaMeasured: 8,
          withinShare: 0.75,
        },
      ],
      currency: 'USD',
    });
  });

  it('counts benefits in the currency IT sets', async () => {
    const set = await api.as(it_, 'PUT', '/api/settings', { currency: 'CHF' });
    expect(set).toMatchObject({ status: 200, body: { currency: 'CHF' } });
    const refused = await api.as(it_, 'PUT', '/api/settings', { currency: 'Swiss francs' });
    expect(refused).toMatchObject({ status: 400, body: { error: { fields: [{ field: 'currency' }] } } });
    const response = await api.as<InsightsReport>(reader, 'GET', '/api/insights');
    expect(response.body.currency).toBe('CHF');
  });

  it('narrows to a period of submission', async () => {
    const response = await api.as<InsightsReport>(
      reader,
      'GET',
      '/api/insights?from=2026-11-06T00:00:00Z&to=2026-11-30T00:00:00Z',
    );
    expect(response.body).toMatchObject({ ideas: 2, funnel: { submitted: 2, delivered: 1 } });
    // The trend spans the period's months only.
    expect(response.body.responseTrend).toMatchObject([{ month: '2026-11', ideas: 2, answered: 1 }]);
    const bad = await api.as(
      reader,
      'GET',
      '/api/insights?from=2026-11-30T00:00:00Z&to=2026-11-01T00:00:00Z',
    );
    expect(bad).toMatchObject({ status: 400, body: { error: { fields: [{ field: 'to' }] } } });
  });

  it('exports the ideas with their decisions as CSV, for IT only', async () => {
    const refused = await api.as(reader, 'GET', '/api/export/ideas.csv');
    expect(refused.status).toBe(403);
    const response = await fetch(`${api.url}/api/export/ideas.csv?boardId=default`, {
      headers: { authorization: `Bearer ${await api.tokenFor(it_)}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toMatch(/^"id","board","title","status",/);
    expect(lines.find((line) => line.startsWith('"B",'))).toContain(
      '"security","A named rule","What would make it a yes."',
    );
  });
});
