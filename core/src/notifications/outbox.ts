/**
 * The outbox makes a reminder's delivery exactly-once per (reminder, occurrence, recipient) across crashes and
 * overlapping runs: a run claims an entry before it sends and settles it after. A claim is a lease, so a run that
 * died mid-send gives its entries back once the lease runs out, and a live run's entries are left alone.
 */
export interface OutboxKey {
  tenantId: string;
  /** Which reminder: `digest`, `status-change`, … */
  reminder: string;
  /** Which firing of it: a period (`2026-W48`) or an event id. */
  occurrence: string;
  /** Who receives it: a conversation key (see conversationKeys). */
  recipient: string;
}

export type OutboxState = 'sending' | 'sent' | 'gone' | 'failed';

export interface OutboxEntry extends OutboxKey {
  state: OutboxState;
  /** The run holding a `sending` entry. */
  runId: string;
  leaseUntil: Date;
  attempts: number;
  /** Why it is `gone` or `failed`, for whoever looks into it. */
  detail: string | null;
  updatedAt: Date;
}

export type OutboxClaim = { claimed: true; entry: OutboxEntry } | { claimed: false; state: OutboxState };

/** Whether a run may take this entry now: never once settled as sent or gone, nor while another run's lease holds. */
export function claimable(entry: OutboxEntry, now: Date): boolean {
  if (entry.state === 'sent' || entry.state === 'gone') return false;
  if (entry.state === 'sending') return entry.leaseUntil.getTime() <= now.getTime();
  return true;
}
