import type { TableClient } from '@azure/data-tables';
import type { StatusChange, StatusHistoryRepository } from '@ideabar/core';
import { keys, quote } from './keys.js';
import { statusChangeOf, statusChangeRow, type Row } from './rows.js';
import { insertUnlessPresent, storageCall } from './tables.js';

export class TableHistory implements StatusHistoryRepository {
  constructor(private readonly table: TableClient) {}

  async append(change: StatusChange): Promise<void> {
    await insertUnlessPresent(() => this.table.createEntity(statusChangeRow(change)));
  }

  list(tenantId: string, ideaId: string): Promise<StatusChange[]> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(keys.idea(tenantId, ideaId))}`;
      const changes: StatusChange[] = [];
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        changes.push(statusChangeOf(tenantId, ideaId, row));
      }
      return changes;
    });
  }
}
