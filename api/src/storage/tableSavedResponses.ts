import type { TableClient, TransactionAction } from '@azure/data-tables';
import {
  StaleVersionError,
  type SavedResponse,
  type SavedResponseRepository,
  type Versioned,
} from '@ideabar/core';
import { GUARD_PREFIX, NO_GUARD, guardWrite } from './guardRows.js';
import { keys, quote } from './keys.js';
import { date, text, type Row } from './rowFields.js';
import { statusOf, storageCall } from './tables.js';
import { submitTransaction } from './transactions.js';

/**
 * One partition per board's saved responses (a short list, read whole), with a guard row (`~responses`) whose
 * ETag is the version of the set: each change is one transaction with the guard's update, so a check made against
 * the set (a free title, room under the limit) holds for what is written.
 */
export class TableSavedResponses implements SavedResponseRepository {
  constructor(private readonly table: TableClient) {}

  listBoard(tenantId: string, boardId: string): Promise<Versioned<SavedResponse[]>> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(keys.savedResponses(tenantId, boardId))}`;
      const responses: SavedResponse[] = [];
      let version = NO_GUARD;
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        if (row.rowKey === RESPONSES_GUARD) version = row.etag;
        else if (!row.rowKey.startsWith(GUARD_PREFIX))
          responses.push(savedResponseOf(tenantId, boardId, row));
      }
      return { value: responses, version };
    });
  }

  save(response: SavedResponse, version: string): Promise<void> {
    const row = savedResponseRow(response);
    return this.commit(version, row.partitionKey, ['upsert', row, 'Replace']);
  }

  remove(tenantId: string, boardId: string, responseId: string, version: string): Promise<void> {
    const partitionKey = keys.savedResponses(tenantId, boardId);
    return this.commit(version, partitionKey, ['delete', { partitionKey, rowKey: keys.rowKey(responseId) }]);
  }

  private commit(version: string, partitionKey: string, action: TransactionAction): Promise<void> {
    return storageCall(async () => {
      try {
        await submitTransaction(this.table, [
          action,
          guardWrite({ partitionKey, rowKey: RESPONSES_GUARD }, version),
        ]);
      } catch (error) {
        const status = statusOf(error);
        if (status === 404 || status === 409 || status === 412) throw new StaleVersionError();
        throw error;
      }
    });
  }
}

const RESPONSES_GUARD = `${GUARD_PREFIX}responses`;

const savedResponseRow = (response: SavedResponse): Row => ({
  partitionKey: keys.savedResponses(response.tenantId, response.boardId),
  rowKey: keys.rowKey(response.id),
  title: response.title,
  text: response.text,
  updatedAt: response.updatedAt,
  updatedById: response.updatedBy.id,
  updatedByName: response.updatedBy.name,
});

const savedResponseOf = (tenantId: string, boardId: string, row: Row): SavedResponse => ({
  tenantId,
  boardId,
  id: row.rowKey,
  title: text(row, 'title'),
  text: text(row, 'text'),
  updatedAt: date(row, 'updatedAt'),
  updatedBy: { id: text(row, 'updatedById'), name: text(row, 'updatedByName') },
});
