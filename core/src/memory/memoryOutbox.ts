import { claimable, type OutboxClaim, type OutboxEntry, type OutboxKey } from '../notifications/outbox.js';
import type { OutboxRepository } from '../ports.js';
import { copy, key, roundTrip } from './twin.js';

export class MemoryOutbox implements OutboxRepository {
  private readonly rows = new Map<string, OutboxEntry>();

  private id(k: OutboxKey): string {
    return key(k.tenantId, k.reminder, k.occurrence, k.recipient);
  }

  async claim(k: OutboxKey, runId: string, now: Date, leaseUntil: Date): Promise<OutboxClaim> {
    await roundTrip();
    const existing = this.rows.get(this.id(k));
    if (existing && !claimable(existing, now)) return { claimed: false, state: existing.state };
    const entry: OutboxEntry = {
      tenantId: k.tenantId,
      reminder: k.reminder,
      occurrence: k.occurrence,
      recipient: k.recipient,
      state: 'sending',
      runId,
      leaseUntil,
      attempts: existing?.attempts ?? 0,
      detail: existing?.detail ?? null,
      updatedAt: now,
    };
    this.rows.set(this.id(k), entry);
    return { claimed: true, entry: copy(entry) };
  }

  async settle(
    k: OutboxKey,
    runId: string,
    outcome: { state: 'sent' | 'gone' | 'failed'; attempts: number; detail: string | null; at: Date },
  ): Promise<boolean> {
    await roundTrip();
    const existing = this.rows.get(this.id(k));
    if (!existing || existing.state !== 'sending' || existing.runId !== runId) return false;
    this.rows.set(this.id(k), {
      ...existing,
      state: outcome.state,
      attempts: outcome.attempts,
      detail: outcome.detail,
      updatedAt: outcome.at,
    });
    return true;
  }

  async find(k: OutboxKey): Promise<OutboxEntry | undefined> {
    await roundTrip();
    const row = this.rows.get(this.id(k));
    return row && copy(row);
  }
}
