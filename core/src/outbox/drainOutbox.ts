import type { IdeaBarContext } from '../context.js';
import { OUTBOX_REFRESH_MS } from '../votes/ideaVotes.js';
import { followVotes } from '../votes/followVotes.js';
import type { OutboxEvent } from './outboxEvent.js';

/**
 * How old an event must be before the drainer removes it. A process that is still working on an idea refreshes its
 * event every OUTBOX_REFRESH_MS before it commits, so an event older than this belongs to no live work; a younger
 * one is followed (harmless: handlers converge) but left for the live process or a later run.
 */
export const OUTBOX_SETTLE_AFTER_MS = 3 * OUTBOX_REFRESH_MS;

const EVENTS_PER_RUN = 500;
const AT_ONCE = 8;

export interface OutboxDrained {
  /** Events whose handler ran to the end. */
  followed: number;
  /** Events removed from the outbox. */
  settled: number;
  /** Events whose handler failed: they stay for the next run. */
  failed: number;
}

/**
 * Runs the handler of every pending outbox event and removes those old enough to belong to no live work. Run at
 * start-up (the work a process killed mid-burst left) and by a timer; safe to run anywhere, any number of times.
 */
export async function drainOutbox(ctx: IdeaBarContext): Promise<OutboxDrained> {
  const drained: OutboxDrained = { followed: 0, settled: 0, failed: 0 };
  const pending = await ctx.repos.events.pending(EVENTS_PER_RUN);
  for (let start = 0; start < pending.length; start += AT_ONCE) {
    await Promise.all(
      pending.slice(start, start + AT_ONCE).map(async ({ value: event, version }) => {
        try {
          await handle(ctx, event);
          drained.followed += 1;
        } catch (error) {
          drained.failed += 1;
          ctx.faults.report(error);
          return;
        }
        const age = ctx.clock.now().getTime() - event.at.getTime();
        if (age >= OUTBOX_SETTLE_AFTER_MS && (await ctx.repos.events.settle(event, version))) {
          drained.settled += 1;
        }
      }),
    );
  }
  return drained;
}

async function handle(ctx: IdeaBarContext, event: OutboxEvent): Promise<void> {
  switch (event.kind) {
    case 'votesChanged':
      await followVotes(ctx, event.tenantId, event.ideaId);
      return;
  }
}
