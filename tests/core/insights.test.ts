import { describe, expect, it } from 'vitest';
import { businessDaysBetween, ideasCsv, percentile } from '../../core/src/index.js';
import { storedIdea } from '../support/storedIdeas.js';

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
  const idea = storedIdea({
    tenantId: 't',
    id: '01JD1',
    title: '=HYPERLINK("http://evil","click")',
    description: 'd',
    category: 'Remote, "hybrid" work',
    tags: ['a', 'b'],
    status: 'declined',
    author: { id: 'u', name: '@mallory' },
    createdAt: at('2026-11-02T09:00:00Z'),
    votes: 3,
    commentCount: 1,
    triage: {
      decline: { constraint: 'cost', rule: 'Budget rule B-1', pathToYes: 'Line 1\nLine 2' },
      firstResponseAt: at('2026-11-03T09:00:00Z'),
    },
  });

  it('quotes text, keeps line breaks inside cells, and defuses formulas', () => {
    const [header, row] = ideasCsv([idea]).split('\r\n');
    expect(header?.split(',')[0]).toBe('"id"');
    expect(row).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(row).toContain('"Remote, ""hybrid"" work"');
    expect(row).toContain(`"'@mallory"`);
    expect(row).toContain(',1,'); // one business day to the first response: numbers stay numbers
    expect(ideasCsv([idea])).toContain('"Line 1\nLine 2"');
  });

  /** Reads a CSV as a spreadsheet does when told to split on `separator`: quotes count only at a cell's start. */
  function readSheet(csv: string, separator: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let at = 0;
    while (at < csv.length) {
      let value = '';
      if (csv[at] === '"') {
        at += 1;
        while (at < csv.length) {
          if (csv[at] === '"' && csv[at + 1] === '"') {
            value += '"';
            at += 2;
          } else if (csv[at] === '"') {
            at += 1;
            break;
          } else value += csv[at++];
        }
      }
      while (at < csv.length && csv[at] !== separator && csv[at] !== '\r' && csv[at] !== '\n') {
        value += csv[at++];
      }
      row.push(value);
      if (csv[at] === separator) {
        at += 1;
        continue;
      }
      if (csv[at] === '\r') at += 1;
      if (csv[at] === '\n') at += 1;
      rows.push(row);
      row = [];
    }
    return rows;
  }

  const startsFormula = (cell: string): boolean => /^[ \t]*[=+\-@]/.test(cell);

  const hostile = [
    "Budget;=cmd|' /C calc'!A0;",
    'Plain title, then +SUM(A1:A9)',
    'Tabbed\t-2+3',
    'Piped|@SUM(1)',
    'Spaced ;   =1+1',
    'Two lines\n=1+1',
    '-starts with a minus',
  ];

  it.each([';', ',', '\t', '|'])('never yields a formula cell when the sheet is split on %j', (separator) => {
    const ideas = hostile.map((title, index) => ({
      ...idea,
      id: `01JD${index}`,
      title,
      category: title,
      tags: [title, '=tag'],
      author: { id: 'u', name: title },
    }));
    const cells = readSheet(ideasCsv(ideas), separator).flat();
    expect(cells.length).toBeGreaterThan(ideas.length);
    expect(cells.filter(startsFormula)).toEqual([]);
  });

  it('reads back every title whole when split on commas, only an apostrophe added before a formula', () => {
    const ideas = hostile.map((title, index) => ({ ...idea, id: `01JD${index}`, title }));
    const rows = readSheet(ideasCsv(ideas), ',');
    const titles = rows.slice(1).map((row) => row[2]);
    expect(titles.map((title) => title?.replace(/'(?=[=+\-@])/g, ''))).toEqual(hostile);
    expect(titles[0]).toBe("Budget;'=cmd|' /C calc'!A0;");
  });
});
