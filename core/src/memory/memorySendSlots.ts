import type { SendSlot, SendSlotRepository, Versioned } from '../ports.js';
import { copy, key, roundTrip } from './twin.js';

/**
 * The in-memory twin of the send-slot ledgers: a write lands only over the version it names, as Table Storage's
 * If-Match does, so processes sharing one twin contend as they would on the table.
 */
export class MemorySendSlots implements SendSlotRepository {
  private readonly ledgers = new Map<string, Versioned<SendSlot[]>>();
  private writes = 0;

  async read(tenantId: string, ledger: string): Promise<Versioned<SendSlot[]> | undefined> {
    await roundTrip();
    const found = this.ledgers.get(key(tenantId, ledger));
    return found && copy(found);
  }

  async write(
    tenantId: string,
    ledger: string,
    slots: SendSlot[],
    version: string | null,
  ): Promise<string | null> {
    await roundTrip();
    if ((this.ledgers.get(key(tenantId, ledger))?.version ?? null) !== version) return null;
    this.writes += 1;
    this.ledgers.set(key(tenantId, ledger), { value: copy(slots), version: String(this.writes) });
    return String(this.writes);
  }
}
