import { checkSendSlots, type SendSlot, type SendSlotRepository, type Versioned } from '../ports.js';
import { copy, key, roundTrip } from './twin.js';

/**
 * The in-memory twin of the send-slot ledgers, as strict as Table Storage: a write lands only over the version it
 * names (If-Match), every write gives a version never seen before (an ETag), a stale or foreign one is refused with
 * nothing written, and slots the table could not keep exactly are refused; so processes sharing one twin contend as
 * they would on the table.
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
    checkSendSlots(slots);
    await roundTrip();
    if ((this.ledgers.get(key(tenantId, ledger))?.version ?? null) !== version) return null;
    this.writes += 1;
    const written = `W/"slots-${this.writes}"`;
    this.ledgers.set(key(tenantId, ledger), { value: copy(slots), version: written });
    return written;
  }
}
