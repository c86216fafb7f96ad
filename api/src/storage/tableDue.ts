import type { TableClient } from '@azure/data-tables';
import type { DueEntry, DueKind, DueRepository } from '@ideabar/core';
import { keys, quote } from './keys.js';
import { date, text, type Row } from './rowFields.js';
import { storageCall, unlessMissing } from './tables.js';

/**
 * The index of what comes due, in two kinds of rows:
 *
 * - its entries, one partition per kind (`due|nudge`, `due|cycle`), row key `<due time, 15 digits of ms>|<tenant>|
 *   <subject>`, so "everything due by now" is one range query that reads only what is due, whatever the number of
 *   ideas or tenants. This is the one partition not led by a tenant: only timers read it, and every row in it names
 *   its tenant;
 * - one look-up row per subject in its tenant's partition (`<tenant>|due|<kind>`), naming the entry's row, so a
 *   subject's entry can be moved or taken out without knowing when it was due.
 *
 * The two cannot be one transaction (two partitions), so a new entry is written before its look-up and an old one
 * deleted after: a crash leaves at worst an extra entry, which the timer checks against its subject and drops.
 */
export class TableDue implements DueRepository {
  constructor(private readonly table: TableClient) {}

  async set(entry: DueEntry, replacing?: DueEntry): Promise<void> {
    const look = lookupKeys(entry.kind, entry.tenantId, entry.subjectId);
    const position = positionOf(entry);
    const old = await this.positionOfSubject(entry.kind, entry.tenantId, entry.subjectId);
    await storageCall(() =>
      this.table.upsertEntity(
        {
          partitionKey: keys.due(entry.kind),
          rowKey: position,
          tenantId: entry.tenantId,
          subjectId: entry.subjectId,
          dueAt: entry.dueAt,
        },
        'Replace',
      ),
    );
    if (old !== position) {
      await storageCall(() => this.table.upsertEntity({ ...look, position }, 'Replace'));
    }
    for (const stale of new Set([old, replacing?.position])) {
      if (stale !== undefined && stale !== position) await this.deletePosition(entry.kind, stale);
    }
  }

  async clear(kind: DueKind, tenantId: string, subjectId: string, replacing?: DueEntry): Promise<void> {
    const old = await this.positionOfSubject(kind, tenantId, subjectId);
    for (const stale of new Set([old, replacing?.position])) {
      if (stale !== undefined) await this.deletePosition(kind, stale);
    }
    const look = lookupKeys(kind, tenantId, subjectId);
    if (old !== undefined) await unlessMissing(() => this.table.deleteEntity(look.partitionKey, look.rowKey));
  }

  listDue(kind: DueKind, at: Date, limit: number): Promise<DueEntry[]> {
    return storageCall(async () => {
      const upTo = String(at.getTime() + 1).padStart(15, '0');
      const filter = `PartitionKey eq ${quote(keys.due(kind))} and RowKey lt ${quote(upTo)}`;
      const entries: DueEntry[] = [];
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        entries.push(entryOf(kind, row));
        if (entries.length >= limit) break;
      }
      return entries;
    });
  }

  listTenant(kind: DueKind, tenantId: string): Promise<DueEntry[]> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(keys.dueOf(tenantId, kind))}`;
      const positions: string[] = [];
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        positions.push(text(row, 'position'));
      }
      const entries = await Promise.all(
        positions.map((position) => unlessMissing(() => this.table.getEntity<Row>(keys.due(kind), position))),
      );
      return entries.filter((row) => row !== undefined).map((row) => entryOf(kind, row));
    });
  }

  private async positionOfSubject(kind: DueKind, tenantId: string, subjectId: string) {
    const look = lookupKeys(kind, tenantId, subjectId);
    const row = await unlessMissing(() => this.table.getEntity<Row>(look.partitionKey, look.rowKey));
    return row && text(row, 'position');
  }

  private async deletePosition(kind: DueKind, position: string): Promise<void> {
    await unlessMissing(() => this.table.deleteEntity(keys.due(kind), position));
  }
}

const lookupKeys = (kind: DueKind, tenantId: string, subjectId: string) => ({
  partitionKey: keys.dueOf(tenantId, kind),
  rowKey: keys.rowKey(subjectId),
});

const positionOf = (entry: DueEntry): string =>
  [
    String(entry.dueAt.getTime()).padStart(15, '0'),
    keys.rowKey(entry.tenantId),
    keys.rowKey(entry.subjectId),
  ].join('|');

const entryOf = (kind: DueKind, row: Row): DueEntry => ({
  kind,
  tenantId: text(row, 'tenantId'),
  subjectId: text(row, 'subjectId'),
  dueAt: date(row, 'dueAt'),
  position: row.rowKey,
});
