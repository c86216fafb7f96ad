import type { TableClient } from '@azure/data-tables';
import {
  IDEA_CHANGE_KINDS,
  type EventOutboxRepository,
  type IdeaChangeKind,
  type OutboxEvent,
  type Versioned,
} from '@ideabar/core';
import { keys } from './keys.js';
import { date, text, type Row } from './rowFields.js';
import { statusOf, storageCall } from './tables.js';

/**
 * The durable outbox of events: a table of its own that holds only pending work (each event is deleted once
 * followed), one partition per tenant. The drainer reads this small table, never the ideas.
 */
export class TableEvents implements EventOutboxRepository {
  constructor(private readonly table: TableClient) {}

  async record(event: OutboxEvent): Promise<string> {
    const row = eventRow(event);
    return storageCall(async () => {
      const written = await this.table.upsertEntity(row, 'Replace');
      if (!written.etag) throw new Error('Recording an outbox event answered without its ETag.');
      return written.etag;
    });
  }

  pending(limit: number): Promise<Versioned<OutboxEvent>[]> {
    return storageCall(async () => {
      const events: Versioned<OutboxEvent>[] = [];
      for await (const row of this.table.listEntities<Row>()) {
        events.push({ value: eventOf(row), version: text(row, 'etag') });
      }
      return events.sort((a, b) => a.value.at.getTime() - b.value.at.getTime()).slice(0, limit);
    });
  }

  settle(event: Pick<OutboxEvent, 'tenantId' | 'key'>, version: string): Promise<boolean> {
    return storageCall(async () => {
      try {
        await this.table.deleteEntity(keys.events(event.tenantId), event.key, { etag: version });
        return true;
      } catch (error) {
        if (statusOf(error) === 412 || statusOf(error) === 404) return false;
        throw error;
      }
    });
  }
}

const eventRow = (event: OutboxEvent): Row => ({
  partitionKey: keys.events(event.tenantId),
  rowKey: event.key,
  kind: event.kind,
  ideaId: event.ideaId,
  ...(event.kind === 'votesChanged' ? {} : { changeId: event.changeId }),
  at: event.at,
});

function eventOf(row: Row): OutboxEvent {
  const kind = text(row, 'kind');
  const common = {
    tenantId: row.partitionKey.slice(0, row.partitionKey.indexOf('|')),
    key: row.rowKey,
    ideaId: text(row, 'ideaId'),
    at: date(row, 'at'),
  };
  if (kind === 'votesChanged') return { kind, ...common };
  if (!isChangeKind(kind)) throw new Error(`Outbox event ${row.rowKey} has an unknown kind ${kind}.`);
  return { kind, ...common, changeId: text(row, 'changeId') };
}

const isChangeKind = (kind: string): kind is IdeaChangeKind =>
  (IDEA_CHANGE_KINDS as readonly string[]).includes(kind);
