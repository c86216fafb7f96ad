import type { TableClient } from '@azure/data-tables';
import {
  claimable,
  type OutboxClaim,
  type OutboxEntry,
  type OutboxKey,
  type OutboxRepository,
  type OutboxState,
} from '@ideabar/core';
import { notificationKeys } from './keys.js';
import { date, optionalText, text, type Row } from './rowFields.js';
import { insertUnlessPresent, statusOf, storageCall, unlessMissing } from './tables.js';

/**
 * Claims are conditional writes: an insert that fails with 409 when another run created the entry first, or an
 * update with the entry's ETag that fails with 412 when another run changed it since it was read. Either way
 * exactly one run holds an entry at a time.
 */
export class TableOutbox implements OutboxRepository {
  constructor(private readonly table: TableClient) {}

  async claim(key: OutboxKey, runId: string, now: Date, leaseUntil: Date): Promise<OutboxClaim> {
    const fresh = (previous?: OutboxEntry): OutboxEntry => ({
      ...key,
      state: 'sending',
      runId,
      leaseUntil,
      attempts: previous?.attempts ?? 0,
      detail: previous?.detail ?? null,
      updatedAt: now,
    });
    const existing = await this.read(key);
    if (!existing) {
      const entry = fresh();
      if (await insertUnlessPresent(() => this.table.createEntity(outboxRow(entry)))) {
        return { claimed: true, entry };
      }
      const winner = await this.read(key);
      return { claimed: false, state: winner?.entry.state ?? 'sending' };
    }
    if (!claimable(existing.entry, now)) return { claimed: false, state: existing.entry.state };
    const entry = fresh(existing.entry);
    const taken = await this.replaceIfUnchanged(entry, existing.etag);
    return taken ? { claimed: true, entry } : { claimed: false, state: 'sending' };
  }

  async settle(
    key: OutboxKey,
    runId: string,
    outcome: { state: 'sent' | 'gone' | 'failed'; attempts: number; detail: string | null; at: Date },
  ): Promise<boolean> {
    const existing = await this.read(key);
    if (!existing || existing.entry.state !== 'sending' || existing.entry.runId !== runId) return false;
    return this.replaceIfUnchanged(
      {
        ...existing.entry,
        state: outcome.state,
        attempts: outcome.attempts,
        detail: outcome.detail,
        updatedAt: outcome.at,
      },
      existing.etag,
    );
  }

  async find(key: OutboxKey): Promise<OutboxEntry | undefined> {
    return (await this.read(key))?.entry;
  }

  private async read(key: OutboxKey): Promise<{ entry: OutboxEntry; etag: string } | undefined> {
    const row = await unlessMissing(() =>
      this.table.getEntity<Row>(
        notificationKeys.outbox(key),
        notificationKeys.outboxRecipient(key.recipient),
      ),
    );
    return row && { entry: outboxOf(key, row), etag: String(row.etag) };
  }

  private replaceIfUnchanged(entry: OutboxEntry, etag: string): Promise<boolean> {
    return storageCall(async () => {
      try {
        await this.table.updateEntity(outboxRow(entry), 'Replace', { etag });
        return true;
      } catch (error) {
        if (statusOf(error) === 412) return false;
        throw error;
      }
    });
  }
}

const OUTBOX_STATES: readonly OutboxState[] = ['sending', 'sent', 'gone', 'failed'];

const outboxRow = (entry: OutboxEntry): Row => ({
  partitionKey: notificationKeys.outbox(entry),
  rowKey: notificationKeys.outboxRecipient(entry.recipient),
  recipient: entry.recipient,
  state: entry.state,
  runId: entry.runId,
  leaseUntil: entry.leaseUntil,
  attempts: entry.attempts,
  detail: entry.detail ?? undefined,
  updatedAt: entry.updatedAt,
});

function outboxOf(k: OutboxKey, row: Row): OutboxEntry {
  const state = text(row, 'state') as OutboxState;
  if (!OUTBOX_STATES.includes(state)) throw new Error(`Row ${row.rowKey} has an unknown state.`);
  const attempts = row.attempts;
  return {
    ...k,
    state,
    runId: text(row, 'runId'),
    leaseUntil: date(row, 'leaseUntil'),
    attempts: typeof attempts === 'number' ? attempts : 0,
    detail: optionalText(row, 'detail'),
    updatedAt: date(row, 'updatedAt'),
  };
}
