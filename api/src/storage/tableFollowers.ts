import type { TableClient } from '@azure/data-tables';
import type { FollowerRepository } from '@ideabar/core';
import { keys, notificationKeys, quote } from './keys.js';
import type { Row } from './rowFields.js';
import { storageCall, unlessMissing } from './tables.js';

export class TableFollowers implements FollowerRepository {
  constructor(private readonly table: TableClient) {}

  async set(tenantId: string, ideaId: string, userId: string, following: boolean): Promise<void> {
    const partitionKey = notificationKeys.followers(tenantId, ideaId);
    const rowKey = keys.rowKey(userId);
    if (following) await storageCall(() => this.table.upsertEntity({ partitionKey, rowKey }, 'Replace'));
    else await unlessMissing(() => this.table.deleteEntity(partitionKey, rowKey));
  }

  async has(tenantId: string, ideaId: string, userId: string): Promise<boolean> {
    const row = await unlessMissing(() =>
      this.table.getEntity(notificationKeys.followers(tenantId, ideaId), keys.rowKey(userId)),
    );
    return row !== undefined;
  }

  list(tenantId: string, ideaId: string): Promise<string[]> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(notificationKeys.followers(tenantId, ideaId))}`;
      const users: string[] = [];
      for await (const row of this.table.listEntities<Row>({
        queryOptions: { filter, select: ['RowKey'] },
      })) {
        users.push(row.rowKey);
      }
      return users.sort();
    });
  }
}
