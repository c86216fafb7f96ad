import type { TableClient } from '@azure/data-tables';
import type { AuditEntry, AuditRepository } from '@ideabar/core';
import { keys } from './keys.js';
import { date, json, text, type Row } from './rowFields.js';
import { inPartition, listRows, unlessMissing, writeOnce } from './tables.js';

/** Settings changes, append-only, under time-ordered ids. */
export class TableAudit implements AuditRepository {
  constructor(private readonly table: TableClient) {}

  /** An entry storage wrote but answered too late for is found by the retry and taken as written (see writeOnce). */
  append(entry: AuditEntry): Promise<void> {
    const row = auditRow(entry);
    return writeOnce(
      row,
      () => this.table.createEntity(row),
      () => unlessMissing(() => this.table.getEntity<Row>(row.partitionKey, row.rowKey)),
    );
  }

  async list(tenantId: string, limit: number): Promise<AuditEntry[]> {
    const filter = inPartition(keys.audit(tenantId));
    const entries = await listRows(this.table, { filter }, (row) => auditOf(tenantId, row));
    return entries.sort((a, b) => (a.id < b.id ? 1 : -1)).slice(0, limit);
  }
}

const auditRow = (entry: AuditEntry): Row => ({
  partitionKey: keys.audit(entry.tenantId),
  rowKey: keys.rowKey(entry.id),
  at: entry.at,
  byId: entry.by.id,
  byName: entry.by.name,
  subject: entry.subject,
  summary: entry.summary,
  change: JSON.stringify({ before: entry.before, after: entry.after }),
});

const auditOf = (tenantId: string, row: Row): AuditEntry => ({
  tenantId,
  id: row.rowKey,
  at: date(row, 'at'),
  by: { id: text(row, 'byId'), name: text(row, 'byName') },
  subject: text(row, 'subject'),
  summary: text(row, 'summary'),
  ...json<Pick<AuditEntry, 'before' | 'after'>>(row, 'change'),
});
