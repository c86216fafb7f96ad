import type { TableClient } from '@azure/data-tables';
import {
  checkSendSlots,
  StaleVersionError,
  type SendSlot,
  type SendSlotRepository,
  type Versioned,
} from '@ideabar/core';
import { notificationKeys } from './keys.js';
import { text, type Row } from './rowFields.js';
import { insertUnlessPresent, readRow, writeIfCurrent } from './tables.js';

/**
 * One partition per tenant, one row per ledger (its key a hash of the ledger's name, which holds a conversation id
 * with characters keys may not). A row holds a ledger whole, so taking slots is one conditional write: an insert
 * that fails with 409, or a replace If-Match the ETag read that fails with 412, when another process wrote first.
 *
 * The slots are kept compact, since a busy conversation's hour holds up to 1,800 of them and a property at most
 * 32,767 characters: `owners` lists the processes that took slots, and `slots` each slot as its distance in ms
 * from the one before (the first from zero) and its owner's place in that list, both in base 36.
 */
export class TableSendSlots implements SendSlotRepository {
  constructor(private readonly table: TableClient) {}

  async read(tenantId: string, ledger: string): Promise<Versioned<SendSlot[]> | undefined> {
    const row = await readRow(
      this.table,
      notificationKeys.sendSlots(tenantId),
      notificationKeys.sendSlotLedger(ledger),
    );
    return row && { value: slotsOf(row), version: String(row.etag) };
  }

  async write(
    tenantId: string,
    ledger: string,
    slots: SendSlot[],
    version: string | null,
  ): Promise<string | null> {
    checkSendSlots(slots);
    const row = {
      partitionKey: notificationKeys.sendSlots(tenantId),
      rowKey: notificationKeys.sendSlotLedger(ledger),
      ledger,
      ...encoded(slots),
    };
    let etag: string | undefined;
    if (version === null) {
      const created = await insertUnlessPresent(async () => {
        etag = (await this.table.createEntity(row)).etag;
      });
      return created ? (etag ?? null) : null;
    }
    try {
      await writeIfCurrent(async () => {
        etag = (await this.table.updateEntity(row, 'Replace', { etag: version })).etag;
      });
    } catch (error) {
      // Another process wrote first (412), or the ledger is gone (404): nothing was written.
      if (error instanceof StaleVersionError) return null;
      throw error;
    }
    return etag ?? null;
  }
}

function encoded(slots: SendSlot[]): { owners: string; slots: string } {
  const owners: string[] = [];
  let previous = 0;
  const parts = slots.map(({ at, by }) => {
    let owner = owners.indexOf(by);
    if (owner < 0) owner = owners.push(by) - 1;
    const part = `${(at - previous).toString(36)}.${owner.toString(36)}`;
    previous = at;
    return part;
  });
  return { owners: owners.join(','), slots: parts.join(',') };
}

function slotsOf(row: Row): SendSlot[] {
  const owners = text(row, 'owners').split(',');
  const written = text(row, 'slots');
  let at = 0;
  return (written ? written.split(',') : []).map((part) => {
    const [distance, owner] = part.split('.');
    at += parseInt(distance ?? '', 36);
    const by = owners[parseInt(owner ?? '', 36)];
    if (by === undefined || Number.isNaN(at))
      throw new Error(`Row ${row.rowKey} has a malformed slot ${part}.`);
    return { at, by };
  });
}
