import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  calendarProblems,
  isCalendarDate,
  nextNudgeAt,
  normalizedCalendar,
  responseNudgesDue,
  workingDaysOf,
} from '../../../core/src/index.js';
import { storedIdea } from '../../support/storedIdeas.js';

const at = (iso: string) => new Date(iso);
// November 2026: the 1st is a Sunday, so the 5th is a Thursday, the 6th a Friday, the 7th a Saturday.
const fridaySaturday = workingDaysOf({ weekendDays: [5, 6], holidays: [] });

describe('business days under a tenant’s working calendar', () => {
  it.each([
    [
      'Thursday to Sunday, across a Friday–Saturday weekend',
      '2026-11-05T09:00:00Z',
      '2026-11-08T09:00:00Z',
      1,
    ],
    ['inside the Friday–Saturday weekend', '2026-11-06T08:00:00Z', '2026-11-07T20:00:00Z', 0],
    [
      'Saturday to Sunday morning (Sunday is a working day)',
      '2026-11-07T12:00:00Z',
      '2026-11-08T06:00:00Z',
      0.25,
    ],
    ['a whole week', '2026-11-08T09:00:00Z', '2026-11-15T09:00:00Z', 5],
  ])('%s', (_, from, to, days) => {
    expect(businessDaysBetween(at(from), at(to), fridaySaturday)).toBeCloseTo(days, 10);
  });

  it('skips holidays, and counts a holiday that falls on a weekend only once (as a day off)', () => {
    const christmas = workingDaysOf({
      weekendDays: [0, 6],
      holidays: [
        { date: '2026-12-24', name: 'Christmas Eve' }, // Thursday
        { date: '2026-12-26', name: 'Boxing Day' }, // Saturday: off either way
      ],
    });
    // Wednesday 23rd 09:00 to Monday 28th 09:00: Wednesday's rest, Friday, Monday's start; Thursday and the weekend off.
    expect(
      businessDaysBetween(at('2026-12-23T09:00:00Z'), at('2026-12-28T09:00:00Z'), christmas),
    ).toBeCloseTo(0.625 + 1 + 0.375, 10);
    expect(businessDaysBetween(at('2026-12-26T00:00:00Z'), at('2026-12-27T00:00:00Z'), christmas)).toBe(0);
    // The same span with no holidays has a whole Thursday more.
    expect(
      businessDaysBetween(
        at('2026-12-23T09:00:00Z'),
        at('2026-12-28T09:00:00Z'),
        workingDaysOf(normalizedCalendar({ weekendDays: [0, 6], holidays: [] })),
      ),
    ).toBeCloseTo(3, 10);
  });

  it('finds due times past weekends and holidays, as the inverse of the count', () => {
    const calendar = workingDaysOf({
      weekendDays: [5, 6],
      holidays: [{ date: '2026-11-09', name: 'Holiday' }],
    });
    // Thursday 09:00 plus one business day: Friday and Saturday off, so Sunday 09:00.
    const due = addBusinessDays(at('2026-11-05T09:00:00Z'), 1, calendar);
    expect(due.toISOString()).toBe('2026-11-08T09:00:00.000Z');
    expect(businessDaysBetween(at('2026-11-05T09:00:00Z'), due, calendar)).toBeCloseTo(1, 10);
    // Plus two: Monday the 9th is a holiday, so Tuesday 09:00.
    const later = addBusinessDays(at('2026-11-05T09:00:00Z'), 2, calendar);
    expect(later.toISOString()).toBe('2026-11-10T09:00:00.000Z');
  });

  it('moves an idea’s nudges with the calendar', () => {
    const idea = storedIdea({ id: 'i', createdAt: at('2026-11-05T09:00:00Z') });
    // An SLA of two days: "before" from one business day on; Friday–Saturday off, so Sunday 09:00, not Friday.
    expect(nextNudgeAt(idea, 2, null)?.toISOString()).toBe('2026-11-06T09:00:00.000Z');
    expect(nextNudgeAt(idea, 2, null, fridaySaturday)?.toISOString()).toBe('2026-11-08T09:00:00.000Z');
    expect(responseNudgesDue([idea], at('2026-11-07T12:00:00Z'), 2, fridaySaturday)).toEqual([]);
    expect(
      responseNudgesDue([idea], at('2026-11-08T12:00:00Z'), 2, fridaySaturday).map((n) => n.stage),
    ).toEqual(['before']);
  });
});

describe('a working calendar’s rules', () => {
  it('takes any set of weekend days but all seven, and real dates only', () => {
    expect(calendarProblems({ weekendDays: [5, 6], holidays: [] })).toEqual([]);
    expect(calendarProblems({ weekendDays: [], holidays: [] })).toEqual([]);
    expect(calendarProblems({ weekendDays: [0, 1, 2, 3, 4, 5, 6], holidays: [] })).toMatchObject([
      { field: 'weekendDays', problem: 'invalid' },
    ]);
    expect(calendarProblems({ weekendDays: [7], holidays: [] })).toMatchObject([{ field: 'weekendDays' }]);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-1-5')).toBe(false);
  });

  it('names each holiday’s problem under its own field, and bounds their number', () => {
    expect(
      calendarProblems({
        weekendDays: [],
        holidays: [
          { date: '2026-12-25', name: 'Christmas Day' },
          { date: ' 2026-12-25 ', name: 'Again' },
          { date: 'soon', name: ' ' },
        ],
      }).map((problem) => [problem.field, problem.problem]),
    ).toEqual([
      ['holidays.1.date', 'invalid'],
      ['holidays.2.date', 'invalid'],
      ['holidays.2.name', 'required'],
    ]);
    const many = Array.from({ length: 101 }, (_, index) => ({
      date: new Date(Date.UTC(2027, 0, 1 + index)).toISOString().slice(0, 10),
      name: 'Day',
    }));
    expect(calendarProblems({ weekendDays: [], holidays: many })).toEqual([
      expect.objectContaining({ field: 'holidays', problem: 'too_many', limit: 100 }),
    ]);
  });

  it('keeps weekend days once each and holidays trimmed in date order', () => {
    expect(
      normalizedCalendar({
        weekendDays: [6, 5, 6],
        holidays: [
          { date: '2026-12-31 ', name: ' New Year’s Eve ' },
          { date: '2026-12-25', name: 'Christmas Day' },
        ],
      }),
    ).toEqual({
      weekendDays: [5, 6],
      holidays: [
        { date: '2026-12-25', name: 'Christmas Day' },
        { date: '2026-12-31', name: 'New Year’s Eve' },
      ],
    });
  });
});
