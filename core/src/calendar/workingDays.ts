/*
 * Which days a tenant works: the weekdays it rests on and the holidays it keeps. Every business-day figure (the
 * response SLA's due times, the inbox's waiting time, the nudges to IT, insights' days to a first answer) counts
 * only working days. Days are whole UTC days, as they always were here. No zod, so the tab can use the same rules.
 */

/** A day of the week as `Date.getUTCDay` numbers it: 0 is Sunday, 6 Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Holiday {
  /** The day, as `YYYY-MM-DD`. */
  date: string;
  /** What people call it ("New Year's Day"), shown in settings. */
  name: string;
}

export interface WorkingCalendar {
  /** The weekdays nobody works, in order from Sunday; never all seven. */
  weekendDays: Weekday[];
  /** Days off besides the weekend, in date order, at most CALENDAR_LIMITS.holidaysMax. */
  holidays: Holiday[];
}

export const CALENDAR_LIMITS = {
  /** Enough for a few years of any country's public holidays; a list longer than that is a mistake. */
  holidaysMax: 100,
  holidayNameMax: 80,
} as const;

/** Until IT says otherwise: Saturday and Sunday off, no holidays. */
export const STANDARD_CALENDAR: WorkingCalendar = { weekendDays: [0, 6], holidays: [] };

const DAY = 86_400_000;

/** Whether `text` is a real calendar day written `YYYY-MM-DD` (no February 30th). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const at = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text;
}

/** A problem with a calendar, by field (`weekendDays`, `holidays.2.date`), in the API's field-problem kinds. */
export interface CalendarProblem {
  field: string;
  problem: 'required' | 'too_long' | 'too_many' | 'invalid';
  /** Which rule it broke, for a face to word it in any language. */
  rule: 'weekday' | 'allWeekend' | 'tooMany' | 'notADate' | 'duplicate' | 'nameMissing' | 'nameTooLong';
  limit?: number;
  message: string;
}

/**
 * Everything wrong with a calendar someone entered, each under its field: weekdays outside 0–6 or all seven off,
 * too many holidays, a date that is no day, the same date twice, a name missing or too long.
 */
export function calendarProblems(calendar: {
  weekendDays: readonly number[];
  holidays: readonly { date: string; name: string }[];
}): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const { weekendDays, holidays } = calendar;
  if (weekendDays.some((day) => !Number.isInteger(day) || day < 0 || day > 6)) {
    problems.push({
      field: 'weekendDays',
      problem: 'invalid',
      rule: 'weekday',
      message: 'Use weekdays from 0 (Sunday) to 6 (Saturday).',
    });
  } else if (new Set(weekendDays).size >= 7) {
    problems.push({
      field: 'weekendDays',
      problem: 'invalid',
      rule: 'allWeekend',
      message: 'Keep at least one working day in the week.',
    });
  }
  if (holidays.length > CALENDAR_LIMITS.holidaysMax) {
    problems.push({
      field: 'holidays',
      problem: 'too_many',
      rule: 'tooMany',
      limit: CALENDAR_LIMITS.holidaysMax,
      message: `Keep at most ${CALENDAR_LIMITS.holidaysMax} holidays.`,
    });
  }
  const seen = new Set<string>();
  holidays.forEach((holiday, index) => {
    const date = holiday.date.trim();
    if (!isCalendarDate(date)) {
      problems.push({
        field: `holidays.${index}.date`,
        problem: 'invalid',
        rule: 'notADate',
        message: 'Use a real date, as YYYY-MM-DD.',
      });
    } else if (seen.has(date)) {
      problems.push({
        field: `holidays.${index}.date`,
        problem: 'invalid',
        rule: 'duplicate',
        message: 'This date is listed already.',
      });
    }
    seen.add(date);
    const name = holiday.name.trim();
    if (!name) {
      problems.push({
        field: `holidays.${index}.name`,
        problem: 'required',
        rule: 'nameMissing',
        message: 'Name the holiday.',
      });
    } else if (name.length > CALENDAR_LIMITS.holidayNameMax) {
      problems.push({
        field: `holidays.${index}.name`,
        problem: 'too_long',
        rule: 'nameTooLong',
        limit: CALENDAR_LIMITS.holidayNameMax,
        message: `Use at most ${CALENDAR_LIMITS.holidayNameMax} characters.`,
      });
    }
  });
  return problems;
}

/** A valid calendar as it is kept: weekdays once each in order, holidays trimmed and in date order. */
export function normalizedCalendar(calendar: WorkingCalendar): WorkingCalendar {
  return {
    weekendDays: [...new Set(calendar.weekendDays)].sort((a, b) => a - b),
    holidays: calendar.holidays
      .map((holiday) => ({ date: holiday.date.trim(), name: holiday.name.trim() }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/** Which UTC days are worked under a calendar, asked by the day's start (UTC midnight, in milliseconds). */
export interface WorkingDays {
  isWorkingDay(dayStart: number): boolean;
}

/** The calendar's days, looked up in constant time per day; build it once per tenant and computation. */
export function workingDaysOf(calendar: WorkingCalendar): WorkingDays {
  const weekend = new Set<number>(calendar.weekendDays);
  const holidays = new Set(calendar.holidays.map((holiday) => Date.parse(`${holiday.date}T00:00:00Z`)));
  // A calendar with every weekday off would never reach a due time: one the API refuses, and never counted so.
  if (weekend.size >= 7) return MONDAY_TO_FRIDAY;
  return {
    isWorkingDay: (dayStart) => !weekend.has(new Date(dayStart).getUTCDay()) && !holidays.has(dayStart),
  };
}

/** The standard week's days, for callers with no tenant (and the default of every business-day function). */
export const MONDAY_TO_FRIDAY: WorkingDays = {
  isWorkingDay: (dayStart) => {
    const weekday = new Date(dayStart).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  },
};

/** The start (UTC midnight) of the day `at` falls in. */
export const dayStartOf = (at: number): number => Math.floor(at / DAY) * DAY;
