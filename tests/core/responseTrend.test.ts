import { describe, expect, it } from 'vitest';
import {
  answerIdea,
  getInsights,
  responseTrendOf,
  submitIdea,
  updateSettings,
  ValidationError,
  type IdeaRecord,
  type IdeaStatus,
} from '../../core/src/index.js';
import { ada, DAY, domain, grace, ideaInput } from '../support/domain.js';
import { storedIdea } from '../support/storedIdeas.js';

const at = (iso: string) => new Date(iso);
const SLA = 5;

let serial = 0;
/** An idea submitted at `created`, first answered at `answered` (or still waiting). */
function anIdea(created: string, answered: string | null, status: IdeaStatus = 'under_review'): IdeaRecord {
  serial += 1;
  return storedIdea({
    id: `idea-${serial}`,
    status,
    createdAt: at(created),
    triage: { firstResponseAt: answered ? at(answered) : null },
  });
}

/** An idea submitted on Monday 2 November 2026 at 09:00 UTC, answered `days` business days later (days < 5). */
const novemberIdea = (days: number) =>
  anIdea('2026-11-02T09:00:00Z', new Date(Date.UTC(2026, 10, 2, 9) + days * DAY).toISOString());

const NOW = at('2026-11-27T12:00:00Z');
const month = (trend: ReturnType<typeof responseTrendOf>, name: string) => {
  const found = trend.find((entry) => entry.month === name);
  if (!found) throw new Error(`no ${name} in ${trend.map((entry) => entry.month).join(', ')}`);
  return found;
};

describe('the response trend', () => {
  it('lists the last twelve months up to now, months without ideas as gaps rather than zeros', () => {
    const trend = responseTrendOf([novemberIdea(1)], NOW, SLA);
    expect(trend.map((entry) => entry.month)).toEqual([
      '2025-12',
      ...['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((m) => `2026-${m}`),
    ]);
    expect(month(trend, '2026-10')).toEqual({
      month: '2026-10',
      ideas: 0,
      answered: 0,
      medianBusinessDays: null,
      p90BusinessDays: null,
      withinSla: 0,
      slaMeasured: 0,
      withinShare: null,
    });
    expect(month(trend, '2026-11')).toMatchObject({ ideas: 1, medianBusinessDays: 1, withinShare: 1 });
  });

  it('takes the median and 90th percentile of an even-sized month between its middle values', () => {
    const november = month(responseTrendOf([1, 2, 3, 4].map(novemberIdea), NOW, SLA), '2026-11');
    expect(november.medianBusinessDays).toBe(2.5);
    // Rank 0.9 × 3 = 2.7: 3 + 0.7 × (4 − 3).
    expect(november.p90BusinessDays).toBe(3.7);
  });

  it('takes the median of an odd-sized month as its middle value, and p90 between the top two', () => {
    const november = month(responseTrendOf([4, 0.5, 2].map(novemberIdea), NOW, SLA), '2026-11');
    expect(november.medianBusinessDays).toBe(2);
    // Rank 0.9 × 2 = 1.8: 2 + 0.8 × (4 − 2).
    expect(november.p90BusinessDays).toBe(3.6);
    expect(month(responseTrendOf([novemberIdea(3)], NOW, SLA), '2026-11')).toMatchObject({
      medianBusinessDays: 3,
      p90BusinessDays: 3,
    });
  });

  it('puts an idea in the UTC month it was submitted in, whatever its answer’s month', () => {
    const trend = responseTrendOf(
      [
        // Saturday 31 October, 23:30 UTC (already November east of UTC), answered on Monday 2 November.
        anIdea('2026-10-31T23:30:00Z', '2026-11-02T09:00:00Z'),
        anIdea('2026-11-01T00:30:00Z', '2026-11-03T09:00:00Z'),
      ],
      NOW,
      SLA,
    );
    expect(month(trend, '2026-10')).toMatchObject({ ideas: 1, answered: 1, medianBusinessDays: 0.375 });
    expect(month(trend, '2026-11')).toMatchObject({ ideas: 1, answered: 1, medianBusinessDays: 1.375 });
  });

  it('counts an idea still waiting as missed once it is past due, and not at all before', () => {
    const trend = responseTrendOf(
      [
        anIdea('2026-10-05T09:00:00Z', '2026-10-06T09:00:00Z'), // answered in 1 day
        anIdea('2026-10-05T09:00:00Z', '2026-10-19T09:00:00Z'), // answered late: 10 days
        anIdea('2026-10-07T09:00:00Z', null), // waiting, long past due
        anIdea('2026-11-25T09:00:00Z', null), // waiting, 2.1 business days: not due yet
        anIdea('2026-11-26T09:00:00Z', '2026-11-26T15:00:00Z'),
      ],
      NOW,
      SLA,
    );
    expect(month(trend, '2026-10')).toMatchObject({
      ideas: 3,
      answered: 2,
      withinSla: 1,
      slaMeasured: 3,
      withinShare: 0.333,
      medianBusinessDays: 5.5,
    });
    expect(month(trend, '2026-11')).toMatchObject({
      ideas: 2,
      answered: 1,
      withinSla: 1,
      slaMeasured: 1,
      withinShare: 1,
    });
  });

  it('leaves duplicates out: they count through the idea they were merged into', () => {
    const trend = responseTrendOf(
      [novemberIdea(1), anIdea('2026-11-03T09:00:00Z', null, 'duplicate')],
      NOW,
      SLA,
    );
    expect(month(trend, '2026-11')).toMatchObject({ ideas: 1, answered: 1 });
  });

  it('spans the period asked for: from its first month, up to its last (never past now)', () => {
    const ideas = [anIdea('2026-03-02T09:00:00Z', '2026-03-03T09:00:00Z'), novemberIdea(1)];
    const spring = responseTrendOf(ideas, NOW, SLA, {
      from: at('2026-02-15T00:00:00Z'),
      to: at('2026-05-01T00:00:00Z'),
    });
    expect(spring.map((entry) => entry.month)).toEqual(['2026-02', '2026-03', '2026-04']);
    expect(month(spring, '2026-03').answered).toBe(1);
    const recent = responseTrendOf(ideas, NOW, SLA, {
      from: at('2026-10-20T00:00:00Z'),
      to: at('2027-06-01T00:00:00Z'),
    });
    expect(recent.map((entry) => entry.month)).toEqual(['2026-10', '2026-11']);
  });
});

describe('the insights report’s trend and currency', () => {
  it('counts an idea answered in public without a status change as answered in its month', async () => {
    const { ctx, clock } = domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
    const idea = await submitIdea(ctx, ada, ideaInput('Printer queue that works'));
    clock.advance(2 * DAY);
    await answerIdea(ctx, grace, idea.id, { response: 'Which floor? We will look at the queue.' });
    const report = await getInsights(ctx, ada, {});
    expect(report.responseTrend).toHaveLength(12);
    // The test clock starts on Monday 23 November 2026.
    expect(report.responseTrend.at(-1)).toMatchObject({
      month: '2026-11',
      ideas: 1,
      answered: 1,
      medianBusinessDays: 2,
      withinSla: 1,
      slaMeasured: 1,
      withinShare: 1,
    });
    expect(report.currency).toBe('USD');
  });

  it('lets IT set the currency benefits are counted in, and refuses a code that is not one', async () => {
    const { ctx } = domain({ itMemberSeeds: [{ tenantId: 'contoso', userId: 'grace' }] });
    expect((await updateSettings(ctx, grace, { currency: ' eur ' })).currency).toBe('EUR');
    expect((await getInsights(ctx, ada, {})).currency).toBe('EUR');
    for (const currency of ['EURO', 'XYZ', 12, '']) {
      const refused = await updateSettings(ctx, grace, { currency }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ValidationError);
      expect((refused as ValidationError).fields.map((field) => field.field)).toEqual(['currency']);
    }
    expect((await getInsights(ctx, ada, {})).currency).toBe('EUR');
  });
});
