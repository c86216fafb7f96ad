import { describe, expect, it } from 'vitest';
import { storedCycle } from '../support/storedCycles.js';
import {
  cycleMomentDue,
  cycleMomentOccurrence,
  cycleMoments,
  cyclesClosingSince,
  type Cycle,
} from '../../core/src/index.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-23T09:00:00Z');
const day = (n: number) => new Date(T0 + n * DAY);

/** Submissions from day 0 to 14, voting from day 0 to 21, reminders 3 and 1 days before voting closes. */
const cycle = (overrides: Partial<Cycle> = {}): Cycle =>
  storedCycle({
    id: '01JDCYCLE',
    name: 'FY27 Q1 planning',
    submissionOpensAt: day(0),
    submissionClosesAt: day(14),
    votingClosesAt: day(21),
    shortlistSize: 10,
    createdAt: day(-2),
    ...overrides,
  });

const kindAt = (c: Cycle, at: Date) => {
  const due = cycleMomentDue(c, at);
  return due && cycleMomentOccurrence(c.id, due);
};

describe('what a cycle’s channel hears, and when', () => {
  it('announces when submissions open, reminds 3 and 1 days before voting closes, then posts results', () => {
    expect(cycleMoments(cycle())).toEqual([
      { kind: 'announcement', at: day(0) },
      { kind: 'deadline', daysBefore: 3, at: day(18) },
      { kind: 'deadline', daysBefore: 1, at: day(20) },
      { kind: 'results', at: day(21) },
    ]);
    expect(kindAt(cycle(), day(-1))).toBeNull();
    expect(kindAt(cycle(), day(0))).toBe('cycle:01JDCYCLE:announce');
    expect(kindAt(cycle(), day(17.9))).toBe('cycle:01JDCYCLE:announce');
    expect(kindAt(cycle(), day(18))).toBe('cycle:01JDCYCLE:closes-in-3d');
    expect(kindAt(cycle(), day(19.99))).toBe('cycle:01JDCYCLE:closes-in-3d');
    expect(kindAt(cycle(), day(20.5))).toBe('cycle:01JDCYCLE:closes-in-1d');
    expect(kindAt(cycle(), day(21))).toBe('cycle:01JDCYCLE:results');
  });

  it('after downtime, only the latest moment is due: the 1-day reminder, never the 3-day one as well', () => {
    const due = [day(-1), day(20.5)].map((at) => kindAt(cycle(), at));
    expect(due).toEqual([null, 'cycle:01JDCYCLE:closes-in-1d']);
  });

  it('posts results for 7 days after voting closes, and nothing about cycles that closed before', () => {
    expect(kindAt(cycle(), day(27.9))).toBe('cycle:01JDCYCLE:results');
    expect(kindAt(cycle(), day(28))).toBeNull();
    expect(cyclesClosingSince(day(28))).toEqual(day(21));
  });

  it('announces a cycle opened late when it is opened, and skips the lead days already past', () => {
    const late = cycle({ createdAt: day(19) });
    expect(cycleMoments(late)).toEqual([
      { kind: 'announcement', at: day(19) },
      { kind: 'deadline', daysBefore: 1, at: day(20) },
      { kind: 'results', at: day(21) },
    ]);
    expect(kindAt(late, day(19))).toBe('cycle:01JDCYCLE:announce');
  });

  it('reminds of no deadline before voting opens, and announces a cycle opened after it closed never', () => {
    const lateVoting = cycle({ votingOpensAt: day(19) });
    expect(cycleMoments(lateVoting).map((m) => m.kind)).toEqual(['announcement', 'deadline', 'results']);
    const afterTheFact = cycle({ createdAt: day(22) });
    expect(cycleMoments(afterTheFact)).toEqual([{ kind: 'results', at: day(21) }]);
  });

  it('counts each lead day once, whatever order IT gave them in', () => {
    const moments = cycleMoments(cycle({ reminderDaysBefore: [1, 7, 3, 1] }));
    expect(moments.flatMap((m) => (m.kind === 'deadline' ? [m.daysBefore] : []))).toEqual([7, 3, 1]);
  });
});
