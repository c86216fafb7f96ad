import { randomUUID } from 'node:crypto';
import type { Clock, OutboxRepository } from '@ideabar/core';
import { targetOf } from './storedReference.js';
import type { OutgoingActivity } from './proactiveSender.js';
import type { ProactiveSender } from './proactiveSender.js';

/** One message a reminder wants delivered, named by its outbox key; the card is made only once it is claimed. */
export interface PendingMessage {
  tenantId: string;
  occurrence: string;
  /** A conversation key (conversationKeys). */
  recipient: string;
  /** The serialized reference of the conversation it goes to. */
  reference: string;
  /** The message, or null when there is nothing to say after all (the idea is gone, say). */
  compose(): Promise<OutgoingActivity | null>;
  /**
   * Told the id Teams gave the message once it is sent, for a message the bot will edit later. A fault here is
   * reported; the message still counts as sent.
   */
  delivered?(activityId: string): Promise<void>;
}

export interface DeliveryReport {
  sent: number;
  gone: number;
  failed: number;
  /** Already sent or gone, or being sent by another run. */
  skipped: number;
  /** Claimed, but compose() had nothing to say. */
  empty: number;
}

export interface OutboxDeliveryOptions {
  outbox: OutboxRepository;
  sender: ProactiveSender;
  clock: Clock;
  /** How long a claim holds; longer than any one delivery with all its retries can take. */
  leaseMs?: number;
  /** Messages in flight at once; the rate gate, not this, sets the pace. */
  concurrency?: number;
  faults?: (error: unknown) => void;
}

/**
 * Delivers each message at most once per (reminder, occurrence, recipient), and at least once across runs: an
 * entry is claimed right before it is sent and settled right after, so a second or overlapping run skips it, and a
 * run that crashed in between leaves it to the next run once its lease runs out. A recipient that is gone is
 * recorded and never tried again; one that kept failing is left for the next run.
 */
export async function deliverOnce(
  options: OutboxDeliveryOptions,
  reminder: string,
  messages: AsyncIterable<PendingMessage> | Iterable<PendingMessage>,
  runId: string = randomUUID(),
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, gone: 0, failed: 0, skipped: 0, empty: 0 };
  const leaseMs = options.leaseMs ?? 15 * 60_000;
  const iterator = toAsyncIterator(messages);

  async function deliver(message: PendingMessage): Promise<void> {
    const key = {
      tenantId: message.tenantId,
      reminder,
      occurrence: message.occurrence,
      recipient: message.recipient,
    };
    const now = options.clock.now();
    const claim = await options.outbox.claim(key, runId, now, new Date(now.getTime() + leaseMs));
    if (!claim.claimed) {
      report.skipped += 1;
      return;
    }
    const previous = claim.entry.attempts;
    const settle = (state: 'sent' | 'gone' | 'failed', attempts: number, detail: string | null) =>
      options.outbox.settle(key, runId, {
        state,
        attempts: previous + attempts,
        detail,
        at: options.clock.now(),
      });
    const activity = await message.compose();
    if (!activity) {
      report.empty += 1;
      await settle('gone', 0, 'nothing to send');
      return;
    }
    const outcome = await options.sender.deliver(targetOf(message.reference), { kind: 'send', activity });
    if (outcome.status === 'delivered') {
      report.sent += 1;
      await settle('sent', outcome.attempts, null);
      if (outcome.activityId && message.delivered) {
        await message.delivered(outcome.activityId).catch((error: unknown) => options.faults?.(error));
      }
    } else if (outcome.status === 'gone') {
      report.gone += 1;
      await settle('gone', outcome.attempts, outcome.detail);
    } else {
      report.failed += 1;
      await settle('failed', outcome.attempts, outcome.detail);
    }
  }

  async function worker(): Promise<void> {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      try {
        await deliver(next.value);
      } catch (error) {
        // One recipient's storage or card fault must not stop the rest; its entry stays claimable.
        report.failed += 1;
        options.faults?.(error);
      }
    }
  }

  await Promise.all(Array.from({ length: options.concurrency ?? 64 }, () => worker()));
  return report;
}

function toAsyncIterator<T>(source: AsyncIterable<T> | Iterable<T>): { next(): Promise<IteratorResult<T>> } {
  if (Symbol.asyncIterator in source) {
    const iterator = source[Symbol.asyncIterator]();
    // Workers ask concurrently; an async generator queues the calls, so each message is handed out once.
    return { next: () => iterator.next() };
  }
  const iterator = source[Symbol.iterator]();
  return { next: async () => iterator.next() };
}
