import type { TableClient } from '@azure/data-tables';
import type { ConversationKind, ConversationRecord, ConversationRepository } from '@ideabar/core';
import { notificationKeys, quote } from './keys.js';
import { date, optionalText, text, type Row } from './rowFields.js';
import { inPartition, insertUnlessPresent, listRows, readRow, storageCall, unlessMissing } from './tables.js';

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
    const partitionKey = notificationKeys.conversations(tenantId);
    const row = await readRow(this.table, partitionKey, notificationKeys.conversation(key));
    return row && conversationOf(tenantId, row);
  }

  async remove(tenantId: string, key: string): Promise<void> {
    await unlessMissing(() =>
      this.table.deleteEntity(notificationKeys.conversations(tenantId), notificationKeys.conversation(key)),
    );
  }

  listForBoard(tenantId: string, boardId: string): Promise<ConversationRecord[]> {
    // One tenant's partition, filtered by the service: a settings page's read, never a hot path.
    const filter = `${inPartition(notificationKeys.conversations(tenantId))} and boardId eq ${quote(boardId)}`;
    return listRows(this.table, { filter }, (row) => conversationOf(tenantId, row));
  }

  listBoardChannels(): Promise<ConversationRecord[]> {
    const filter = `kind eq ${quote('board')}`;
    return listRows(this.table, { filter }, (row) => conversationOf(tenantOfConversationRow(row), row));
  }
}

const KINDS: readonly ConversationKind[] = ['personal', 'groupChat', 'channel', 'board'];

const conversationRow = (record: ConversationRecord): Row => ({
  partitionKey: notificationKeys.conversations(record.tenantId),
  rowKey: notificationKeys.conversation(record.key),
  key: record.key,
  kind: record.kind,
  conversationId: record.conversationId,
  userId: record.userId ?? undefined,
  boardId: record.boardId ?? undefined,
  reference: record.reference,
  name: record.name ?? undefined,
  locale: record.locale,
  updatedAt: record.updatedAt,
});

/**
 * Rows kept before names were have none. Rows a board channel's `digest` command wrote still carry a `digest`
 * property, which nothing reads any more (a board's digest schedule is a board setting) and the next save drops.
 */
function conversationOf(tenantId: string, row: Row): ConversationRecord {
  const kind = text(row, 'kind') as ConversationKind;
  if (!KINDS.includes(kind)) throw new Error(`Row ${row.rowKey} has an unknown kind.`);
  const locale = optionalText(row, 'locale');
  return {
    tenantId,
    key: text(row, 'key'),
    kind,
    conversationId: text(row, 'conversationId'),
    userId: optionalText(row, 'userId'),
    boardId: optionalText(row, 'boardId'),
    reference: text(row, 'reference'),
    name: optionalText(row, 'name'),
    ...(locale ? { locale } : {}),
    updatedAt: date(row, 'updatedAt'),
  };
}

/** The tenant is the first part of a conversations partition key. */
const tenantOfConversationRow = (row: Row): string => row.partitionKey.split('|')[0] ?? '';
