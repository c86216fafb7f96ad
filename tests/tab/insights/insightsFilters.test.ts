import { describe, expect, it } from 'vitest';
import {
  insightsFiltersSearch,
  periodProblem,
  readInsightsFilters,
  scopeOf,
} from '../../../tab/src/insights/insightsFilters';
import { exportFileName } from '../../../tab/src/insights/useInsightsPage';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

describe('the insights filters in the URL', () => {
  it('reads cycle, period and custom days, ignoring what is malformed', () => {
    expect(
      readInsightsFilters('?page=insights&cycle=c1&period=custom&from=2026-01-05&to=2026-02-01'),
    ).toEqual({
      cycleId: 'c1',
      period: 'custom',
      from: '2026-01-05',
      to: '2026-02-01',
    });
    expect(readInsightsFilters('?period=forever&from=yesterday')).toEqual({
      cycleId: undefined,
      period: 'all',
      from: undefined,
      to: undefined,
    });
  });

  it('writes only what differs from all time, keeping the page and the board', () => {
    expect(insightsFiltersSearch({ period: 'all' }, '?page=insights&boardId=b1&period=30d')).toBe(
      '?page=insights&boardId=b1',
    );
    expect(
      insightsFiltersSearch({ period: '90d', cycleId: 'c1', from: '2026-01-01' }, '?page=insights'),
    ).toBe('?page=insights&cycle=c1&period=90d');
    expect(
      insightsFiltersSearch({ period: 'custom', from: '2026-01-01', to: '2026-01-31' }, '?page=insights'),
    ).toBe('?page=insights&period=custom&from=2026-01-01&to=2026-01-31');
  });

  it('asks the API for the board, the cycle and the period as ISO instants', () => {
    expect(scopeOf(undefined, { period: 'all' }, NOW)).toEqual({});
    expect(scopeOf('b1', { period: '30d', cycleId: 'c1' }, NOW)).toEqual({
      boardId: 'b1',
      cycleId: 'c1',
      from: '2026-10-24T12:00:00.000Z',
    });
    // Custom days are the person's own days, the last one included.
    const custom = scopeOf(undefined, { period: 'custom', from: '2026-03-01', to: '2026-03-31' }, NOW);
    expect(custom.from).toBe(new Date(2026, 2, 1).toISOString());
    expect(custom.to).toBe(new Date(2026, 3, 1).toISOString());
  });

  it('refuses a custom period that ends before it starts', () => {
    expect(periodProblem({ period: 'custom', from: '2026-03-10', to: '2026-03-01' })).toBe(
      'The period must end on or after the day it starts.',
    );
    expect(periodProblem({ period: 'custom', from: '2026-03-10', to: '2026-03-10' })).toBeUndefined();
    expect(periodProblem({ period: 'custom', from: '2026-03-10' })).toBeUndefined();
  });

  it('names the export after the board and the day', () => {
    const day = new Date(2026, 10, 3, 9);
    expect(exportFileName('Field Service – Nordics', 'b1', day)).toBe(
      'ideabar-ideas-field-service-nordics-2026-11-03.csv',
    );
    expect(exportFileName(undefined, undefined, day)).toBe('ideabar-ideas-all-boards-2026-11-03.csv');
    expect(exportFileName('Über café', 'b2', day)).toBe('ideabar-ideas-uber-cafe-2026-11-03.csv');
  });
});
