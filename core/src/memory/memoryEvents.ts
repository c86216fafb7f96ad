import type { OutboxEvent } from '../outbox/outboxEvent.js';
import type { EventOutboxRepository, Versioned } from '../ports.js';
import { copy, key, roundTrip } from './twin.js';

/** Pending outbox events, keyed by tenant and key as in Table Storage; versions change on every record. */
export class MemoryEvents implements EventOutboxRepository {
  private readonly rows = new Map<string, { event: OutboxEvent; version: number }>();
  private versions = 0;

  async record(event: OutboxEvent): Promise<string> {
    await roundTrip();
    this.versions += 1;
    this.rows.set(key(event.tenantId, event.key), { event: copy(event), version: this.versions });
    return String(this.versions);
  }

  async pending(limit: number): Promise<Versioned<OutboxEvent>[]> {
    await roundTrip();
    return [...this.rows.values()]
      .sort((a, b) => a.event.at.getTime() - b.event.at.getTime())
      .slice(0, limit)
      .map((row) => ({ value: copy(row.event), version: String(row.version) }));
  }

  async settle(event: Pick<OutboxEvent, 'tenantId' | 'key'>, version: string): Promise<boolean> {
    await roundTrip();
    const id = key(event.tenantId, event.key);
    if (String(this.rows.get(id)?.version) !== version) return false;
    this.rows.delete(id);
    return true;
  }
}
