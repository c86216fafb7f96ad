import type { IdeaBarContext } from '../context.js';
import { inGroups } from '../inGroups.js';
import type { StatusChange } from '../ideas/idea.js';
import type { IdeaChange } from '../notifications/ideaEvents.js';
import { OUTBOX_REFRESH_MS } from '../votes/ideaVotes.js';
import { followVotes } from '../votes/followVotes.js';
import type { IdeaChangedEvent, OutboxEvent } from './outboxEvent.js';

/**
 * How old an event must be before the drainer removes it without its change. A process that is still working on an
 * idea refreshes its votesChanged event every OUTBOX_REFRESH_MS before it commits, and a change is made (or has
 * failed) within a few storage budgets of its record, so an event older than this belongs to no live work; a
 * younger one is followed (harmless: handlers converge) but left for the live process or a later run.
 */
export const OUTBOX_SETTLE_AFTER_MS = 3 * OUTBOX_REFRESH_MS;

/**
 * How long the drainer leaves a change's event to the process that recorded it, which follows it right after its
 * answer (with what only it knows, such as the card a form became): only an event older than this is one whose
 * process died or failed to follow it.
 */
export const OUTBOX_FOLLOW_AFTER_MS = 10_000;

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

export interface DrainOptions {
  only?: OutboxEvent['kind'];
  /**
   * The process is starting, so the votes of an event however young are nobody's live work (their process was
   * killed mid-burst, maybe a second ago) and are followed now. A timer's run leaves a votesChanged event younger
   * than OUTBOX_REFRESH_MS to the live process, which follows its votes itself and renews the event that often while
   * it commits: following them too would read every voter the tally lists as unlisted (two reads each, a thousand
   * for a burst of 500) while that very burst waits for its answers.
   */
  atStart?: boolean;
  /** Once aborted (the process is stopping), no further event is started; those under way finish. */
  stopping?: AbortSignal;
}

/**
 * Runs the handler of every pending outbox event and removes those it is done with. Run at start-up (the work a
 * process killed mid-burst left; `only: 'votesChanged'` there, as counts must be exact before the first answer
 * while channel posts may follow it) and by a timer; safe to run anywhere, any number of times.
 */
export async function drainOutbox(ctx: IdeaBarContext, options: DrainOptions = {}): Promise<OutboxDrained> {
  const drained: OutboxDrained = { followed: 0, settled: 0, failed: 0 };
  const pending = (await ctx.repos.events.pending(EVENTS_PER_RUN)).filter(
    ({ value }) => !options.only || value.kind === options.only,
  );
  await inGroups(pending, AT_ONCE, async ({ value: event, version }) => {
    if (options.stopping?.aborted) return;
    const age = ctx.clock.now().getTime() - event.at.getTime();
    let done: boolean;
    try {
      if (event.kind === 'votesChanged') {
        if (!options.atStart && age < OUTBOX_REFRESH_MS) return;
        await followVotes(ctx, event.tenantId, event.ideaId);
        done = age >= OUTBOX_SETTLE_AFTER_MS;
      } else {
        if (age < OUTBOX_FOLLOW_AFTER_MS) return;
        done = (await followChange(ctx, event)) || age >= OUTBOX_SETTLE_AFTER_MS;
      }
      drained.followed += 1;
    } catch (error) {
      drained.failed += 1;
      ctx.faults.report(error);
      return;
    }
    if (done && (await ctx.repos.events.settle(event, version))) drained.settled += 1;
  });
  return drained;
}

/**
 * Follows the changes this process recorded, right after its answer: each one made is told to the subscribers and
 * settled; one not made yet (a request still writing it) is kept for the next call, until the drainer takes over.
 * Never throws: a fault is reported and its event left to the drainer.
 */
export function followRecorded(ctx: IdeaBarContext): Promise<void> {
  // AT_ONCE at a time: a process that recorded many changes before anyone followed them (a busy minute, a seeder
  // calling use cases directly) would otherwise read every one of their ideas at once, and storage, swamped, time
  // them all out (5,000 at once were seen to).
  const work = inGroups(ctx.outbox.take(), AT_ONCE, async (recorded) => {
    try {
      if (await followChange(ctx, recorded.event)) {
        await ctx.repos.events.settle(recorded.event, recorded.version);
      } else if (ctx.clock.now().getTime() - recorded.event.at.getTime() < OUTBOX_FOLLOW_AFTER_MS) {
        ctx.outbox.keep(recorded);
      }
    } catch (error) {
      ctx.faults.report(error);
    }
  });
  ctx.outbox.track(work);
  return work;
}

/**
 * Tells the subscribers of the change, as storage has it, if it was made: answers false, telling no one, when the
 * change's own mark is not in storage (its write failed, or has not happened yet).
 */
export async function followChange(ctx: IdeaBarContext, event: IdeaChangedEvent): Promise<boolean> {
  const change = await changeAsStored(ctx, event);
  if (!change) return false;
  await ctx.outbox.tell(change);
  return true;
}

async function changeAsStored(ctx: IdeaBarContext, event: IdeaChangedEvent): Promise<IdeaChange | null> {
  const { tenantId, ideaId, changeId } = event;
  const found = await ctx.repos.ideas.find(tenantId, ideaId);
  if (!found) return null;
  switch (event.kind) {
    case 'submitted':
      return { kind: event.kind, tenantId, ideaId };
    case 'approved':
      return found.value.triage.awaitingApproval ? null : { kind: event.kind, tenantId, ideaId };
    case 'commented':
      return (await ctx.repos.comments.find(tenantId, ideaId, changeId))
        ? { kind: event.kind, tenantId, ideaId, commentId: changeId }
        : null;
    case 'statusChanged':
    case 'answered':
    case 'appealed':
    case 'merged': {
      const { lastChange } = found.value;
      const made: StatusChange | undefined =
        lastChange?.id === changeId
          ? lastChange
          : (await ctx.repos.history.list(tenantId, ideaId)).find((entry) => entry.id === changeId);
      if (!made) return null;
      const { id, from, to, by, at, response } = made;
      return {
        kind: event.kind,
        tenantId,
        ideaId,
        change: { tenantId, ideaId, id, from, to, by, at, response },
      };
    }
  }
}
