import type { TableClient } from '@azure/data-tables';
import type { ConversationRecord, ConversationRepository } from '@ideabar/core';
import { quote } from './keys.js';
import {
  conversationOf,
  conversationRow,
  notificationKeys,
  tenantOfConversationRow,
} from './notificationRows.js';
import type { Row } from './rows.js';
import { insertUnlessPresent, storageCall, unlessMissing } from './tables.js';

export class TableConversations implements ConversationRepository {
  constructor(private readonly table: TableClient) {}

  /**
   * An insert first, so that of two installs arriving together (Teams sends installationUpdate and
   * conversationUpdate at once) exactly one reports 'created' and welcomes; the other replaces.
   */
  async save(record: ConversationRecord): Promise<'created' | 'updated'> {
    const row = conversationRow(record);
    if (await insertUnlessPresent(() => this.table.createEntity(row))) return 'created';
    await storageCall(() => this.table.upsertEntity(row, 'Replace'));
    return 'updated';
  }

  async find(tenantId: string, key: string): Promise<ConversationRecord | undefined> {
    const row = await unlessMissing(() =>
      this.table.getEntity<Row>(notificationKeys.conversations(tenantId), notificationKeys.conversation(key)),
    );
    return row && conversationOf(tenantId, row);
  }

  async remove(tenantId: string, key: string): Promise<void> {
    await unlessMissing(() =>
      this.table.deleteEntity(notificationKeys.conversations(tenantId), notificationKeys.conversation(key)),
    );
  }

  listForBoard(tenantId: string, boardId: string): Promise<ConversationRecord[]> {
    return storageCall(async () => {
      // One tenant's partition, filtered by the service: a settings page's read, never a hot path.
      const filter = `PartitionKey eq ${quote(notificationKeys.conversations(tenantId))} and boardId eq ${quote(boardId)}`;
      const records: ConversationRecord[] = [];
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        records.push(conversationOf(tenantId, row));
      }
      return records;
    });
  }

  listBoardChannels(): Promise<ConversationRecord[]> {
    return storageCall(async () => {
      const records: ConversationRecord[] = [];
      const filter = `kind eq ${quote('board')}`;
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        records.push(conversationOf(tenantOfConversationRow(row), row));
      }
      return records;
    });
  }
}
