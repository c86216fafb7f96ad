import { z } from 'zod';
import { resolveBoard } from '../boards/resolveBoard.js';
import type { IdeaBarContext } from '../context.js';
import { cycleView, type Cycle, type CycleView } from '../cycles/cycle.js';
import { ConflictError, StaleVersionError, UnavailableError } from '../errors.js';
import { idSchema, personOf, type Caller } from '../identity.js';
import { lineSchema } from '../ideas/ideaInput.js';
import { requireItMember } from '../members/requireItMember.js';
import { indexCycle } from '../reminders/dueIndex.js';
import { parseInput } from '../validation.js';

const moment = z.iso
  .datetime({ offset: true, error: 'Use an ISO 8601 date and time, such as 2027-01-04T09:00:00Z.' })
  .transform((text) => new Date(text));

export const openCycleInput = z
  .object(
    {
      boardId: idSchema.optional(),
      name: lineSchema('a name, such as "FY27 Q1 planning"', 3, 80),
      submissionOpensAt: moment,
      submissionClosesAt: moment,
      votingOpensAt: moment.optional(),
      votingClosesAt: moment,
      reminderDaysBefore: z
        .array(z.number().int('Use whole days.').min(1, 'From 1 to 30 days.').max(30, 'From 1 to 30 days.'))
        .max(3, 'At most 3 reminders.')
        .default([3, 1]),
      shortlistSize: z
        .number()
        .int('Use a whole number.')
        .min(1, 'From 1 to 50.')
        .max(50, 'From 1 to 50.')
        .default(10),
    },
    { error: 'Send the cycle as a JSON object.' },
  )
  .superRefine((input, ctx) => {
    const votingOpensAt = input.votingOpensAt ?? input.submissionOpensAt;
    if (input.submissionClosesAt <= input.submissionOpensAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['submissionClosesAt'],
        message: 'Close submissions after they open.',
      });
    }
    if (votingOpensAt < input.submissionOpensAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['votingOpensAt'],
        message: 'Open voting when submissions open, or later.',
      });
    }
    if (input.votingClosesAt < input.submissionClosesAt || input.votingClosesAt <= votingOpensAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['votingClosesAt'],
        message: 'Close voting after it opens, and no earlier than submissions close.',
      });
    }
  });

/** How often a cycle is tried again after another cycle was opened on the board meanwhile. */
const MAX_ATTEMPTS = 8;

/**
 * IT opens a planning cycle on a board. Submission windows on one board never overlap, so an idea has one cycle.
 * The check and the write are one decision: the cycle is created only if the board's cycles are still those it
 * was checked against, so of several overlapping cycles opened at once exactly one is created and the others are
 * refused (409); cycles that do not overlap are each checked again and created.
 */
export async function openCycle(ctx: IdeaBarContext, caller: Caller, input: unknown): Promise<CycleView> {
  await requireItMember(ctx, caller, 'open a planning cycle');
  const fields = parseInput(openCycleInput, input);
  const board = await resolveBoard(ctx, caller.tenantId, fields.boardId);
  const now = ctx.clock.now();
  const cycle: Cycle = {
    tenantId: caller.tenantId,
    boardId: board.id,
    id: ctx.ids.next(now),
    name: fields.name,
    submissionOpensAt: fields.submissionOpensAt,
    submissionClosesAt: fields.submissionClosesAt,
    votingOpensAt: fields.votingOpensAt ?? fields.submissionOpensAt,
    votingClosesAt: fields.votingClosesAt,
    reminderDaysBefore: [...new Set(fields.reminderDaysBefore)].sort((a, b) => b - a),
    shortlistSize: fields.shortlistSize,
    openedBy: personOf(caller),
    createdAt: now,
  };
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const existing = await ctx.repos.cycles.listBoard(caller.tenantId, board.id);
    const overlapping = existing.value.find(
      (other) =>
        other.submissionOpensAt < cycle.submissionClosesAt &&
        cycle.submissionOpensAt < other.submissionClosesAt,
    );
    if (overlapping) {
      throw new ConflictError(
        `Its submission window overlaps that of "${overlapping.name}" on the same board.`,
        'cycle_overlap',
      );
    }
    // Its moments are indexed first: a cycle refused or never written leaves an entry the timer drops.
    await indexCycle(ctx, cycle);
    try {
      await ctx.repos.cycles.create(cycle, existing.version);
    } catch (error) {
      if (error instanceof StaleVersionError) continue;
      throw error;
    }
    return cycleView(cycle, now);
  }
  throw new UnavailableError('Others are opening cycles on this board right now. Please try again.', 1);
}
