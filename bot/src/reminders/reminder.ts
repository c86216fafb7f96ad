import type { BotServices } from '../botServices.js';
import { deliverOnce, type DeliveryReport, type PendingMessage } from '../outbox/outboxDelivery.js';

/**
 * A reminder is a schedule and the messages it sends: who gets what, keyed by occurrence. Everything else (the
 * outbox, rate limits, retries, gone recipients) is the same for every reminder, so a new one (a voting deadline,
 * a nudge to IT) is a new schedule and a new card, not new plumbing.
 */
export interface ScheduledReminder {
  /** The outbox's name for it; never change it once messages went out under it. */
  id: string;
  /** Six-field NCRONTAB in UTC, as Azure Functions reads it. */
  schedule: string;
  /** The messages due at `now`; the same keys on every run within one occurrence, so runs can repeat. */
  messages(services: BotServices, now: Date): AsyncIterable<PendingMessage>;
}

export function runReminder(
  reminder: ScheduledReminder,
  services: BotServices,
  runId?: string,
): Promise<DeliveryReport> {
  const now = services.ideabar.clock.now();
  return deliverOnce(services.delivery, reminder.id, reminder.messages(services, now), runId);
}
