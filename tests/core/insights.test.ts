import { describe, expect, it } from 'vitest';
import {
  businessDaysBetween,
  ideasCsv,
  percentile,
  untriaged,
  type IdeaRecord,
} from '../../core/src/index.js';

const at = (iso: string) => new Date(iso);

describe('business days', () => {
  it.each([
    ['2026-11-02T09:00:00Z', '2026-11-03T09:00:00Z', 1], // Monday to Tuesday
    ['2026-11-06T18:00:00Z', '2026-11-09T09:00:00Z', 0.625], // Friday evening to Monday morning
    ['2026-11-02T09:00:00Z', '2026-11-09T09:00:00Z', 5], // a whole week
    ['2026-11-07T10:00:00Z', '2026-11-08T20:00:00Z', 0], // inside a weekend
    ['2026-11-09T09:00:00Z', '2026-11-02T09:00:00Z', 0], // backwards
  ])('from %s to %s is %s', (from, to, days) => {
    expect(businessDaysBetween(at(from), at(to))).toBeCloseTo(days, 10);
  });
});

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([0.25, 0.625, 1, 2.5, 3, 5, 10], 90)).toBeCloseTo(7, 10);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('the CSV export', () => {
  const idea: IdeaRecord = {
    tenantId: 't',
    id: '01JD1',
    boardId: 'default',
    title: '=HYPERLINK("http://evil","click")',
    description: 'd',
    category: 'Remote, "hybrid" work',
    tags: ['a', 'b'],
    status: 'declined',
    author: { id: 'u', name: '@mallory' },
    createdAt: at('2026-11-02T09:00:00Z'),
    updatedAt: at('2026-11-02T09:00:00Z'),
    votes: 3,
    commentCount: 1,
    heat: 0,
    heatAt: at('2026-11-02T09:00:00Z'),
    triage: {
      ...untriaged(),
      decline: { constraint: 'cost', rule: 'Budget rule B-1', pathToYes: 'Line 1\nLine 2' },
      firstResponseAt: at('2026-11-03T09:00:00Z'),
    },
    cycleId: null,
    lastChange: null,
  };

  it('quotes text, keeps line breaks inside cells, and defuses formulas', () => {
    const [header, row] = ideasCsv([idea]).split('\r\n');
    expect(header?.split(',')[0]).toBe('id');
    expect(row).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(row).toContain('"Remote, ""hybrid"" work"');
    expect(row).toContain(`"'@mallory"`);
    expect(row).toContain(',1,'); // one business day to the first response
    expect(ideasCsv([idea])).toContain('"Line 1\nLine 2"');
  });
});
