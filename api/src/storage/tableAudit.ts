import type { TableClient } from '@azure/data-tables';
import type { AuditEntry, AuditRepository } from '@ideabar/core';
import { keys, quote } from './keys.js';
import { auditOf, auditRow, type Row } from './rows.js';
import { storageCall } from './tables.js';

/** Settings changes, append-only, under time-ordered ids. */
export class TableAudit implements AuditRepository {
  constructor(private readonly table: TableClient) {}

  async append(entry: AuditEntry): Promise<void> {
    await storageCall(() => this.table.createEntity(auditRow(entry)));
  }

  list(tenantId: string, limit: number): Promise<AuditEntry[]> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(keys.audit(tenantId))}`;
      const entries: AuditEntry[] = [];
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        entries.push(auditOf(tenantId, row));
      }
      return entries.sort((a, b) => (a.id < b.id ? 1 : -1)).slice(0, limit);
    });
  }
}
