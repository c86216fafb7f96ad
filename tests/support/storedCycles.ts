import type { Cycle } from '../../core/src/index.js';

const DAY = 86_400_000;

/**
 * A planning cycle as storage holds it, for tests that set one up without opening it: on contoso's default board,
 * opened by Grace, taking ideas and votes from `submissionOpensAt` (23 November 2026, 09:00 UTC unless given) until
 * `votingClosesAt` (two weeks later unless given), reminders 3 and 1 days before, a shortlist of five.
 */
export function storedCycle(fields: Partial<Cycle> & { id: string }): Cycle {
  const opens = fields.submissionOpensAt ?? new Date('2026-11-23T09:00:00Z');
  const closes = fields.votingClosesAt ?? new Date(opens.getTime() + 14 * DAY);
  return {
    tenantId: 'contoso',
    boardId: 'default',
    name: `Cycle ${fields.id}`,
    submissionOpensAt: opens,
    submissionClosesAt: closes,
    votingOpensAt: opens,
    votingClosesAt: closes,
    reminderDaysBefore: [3, 1],
    shortlistSize: 5,
    openedBy: { id: 'grace', name: 'Grace' },
    createdAt: opens,
    ...fields,
  };
}
