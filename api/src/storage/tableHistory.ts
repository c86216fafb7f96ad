import type { TableClient } from '@azure/data-tables';
import type {
  Decline,
  IdeaStatus,
  StatusChange,
  StatusChangeKind,
  StatusHistoryRepository,
} from '@ideabar/core';
import { keys } from './keys.js';
import { date, optionalJson, optionalText, text, type Row } from './rowFields.js';
import { inPartition, insertUnlessPresent, listRows } from './tables.js';

export class TableHistory implements StatusHistoryRepository {
  constructor(private readonly table: TableClient) {}

  async append(change: StatusChange): Promise<void> {
    await insertUnlessPresent(() => this.table.createEntity(statusChangeRow(change)));
  }

  list(tenantId: string, ideaId: string): Promise<StatusChange[]> {
    const filter = inPartition(keys.idea(tenantId, ideaId));
    return listRows(this.table, { filter }, (row) => statusChangeOf(tenantId, ideaId, row));
  }
}

const statusChangeRow = (change: StatusChange): Row => ({
  partitionKey: keys.idea(change.tenantId, change.ideaId),
  rowKey: keys.rowKey(change.id),
  from: change.from ?? undefined,
  to: change.to,
  byId: change.by.id,
  byName: change.by.name,
  at: change.at,
  response: change.response ?? undefined,
  kind: change.kind,
  decline: change.decline === null ? undefined : JSON.stringify(change.decline),
});

const statusChangeOf = (tenantId: string, ideaId: string, row: Row): StatusChange => ({
  tenantId,
  ideaId,
  id: row.rowKey,
  from: optionalText(row, 'from') as IdeaStatus | null,
  to: text(row, 'to') as IdeaStatus,
  by: { id: text(row, 'byId'), name: text(row, 'byName') },
  at: date(row, 'at'),
  response: optionalText(row, 'response'),
  // Rows written before changes had kinds were all triage.
  kind: (optionalText(row, 'kind') ?? 'triage') as StatusChangeKind,
  decline: optionalJson<Decline>(row, 'decline'),
});
