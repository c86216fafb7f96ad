import type { TableClient } from '@azure/data-tables';
import {
  StaleVersionError,
  unconfigured,
  type Board,
  type BoardRepository,
  type Versioned,
} from '@ideabar/core';
import { keys, quote } from './keys.js';
import { optionalJson, date, optionalText, text, type Row } from './rowFields.js';
import { insertUnlessPresent, statusOf, storageCall, unlessMissing } from './tables.js';

export class TableBoards implements BoardRepository {
  constructor(private readonly table: TableClient) {}

  async find(tenantId: string, boardId: string): Promise<Board | undefined> {
    const row = await unlessMissing(() =>
      this.table.getEntity<Row>(keys.boards(tenantId), keys.rowKey(boardId)),
    );
    return row && boardOf(tenantId, row);
  }

  list(tenantId: string): Promise<Board[]> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(keys.boards(tenantId))}`;
      const boards: Board[] = [];
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        boards.push(boardOf(tenantId, row));
      }
      return boards;
    });
  }

  async findVersioned(tenantId: string, boardId: string): Promise<Versioned<Board> | undefined> {
    const row = await unlessMissing(() =>
      this.table.getEntity<Row>(keys.boards(tenantId), keys.rowKey(boardId)),
    );
    return row && { value: boardOf(tenantId, row), version: row.etag };
  }

  save(board: Board, version: string): Promise<void> {
    return storageCall(async () => {
      try {
        await this.table.updateEntity(boardRow(board), 'Replace', { etag: version });
      } catch (error) {
        if (statusOf(error) === 412 || statusOf(error) === 404) throw new StaleVersionError();
        throw error;
      }
    });
  }

  async createIfMissing(board: Board): Promise<{ board: Board; created: boolean }> {
    const created = await insertUnlessPresent(() => this.table.createEntity(boardRow(board)));
    return { board: created ? board : ((await this.find(board.tenantId, board.id)) ?? board), created };
  }
}

/** The board's settings are one JSON property, read and written whole: whatever a board holds beyond its identity. */
const boardRow = ({ tenantId, id, name, teamId, createdAt, ...setup }: Board): Row => ({
  partitionKey: keys.boards(tenantId),
  rowKey: keys.rowKey(id),
  name,
  teamId: teamId ?? undefined,
  createdAt,
  setup: JSON.stringify(setup),
});

/** A setting a row was stored without reads as its default (see `unconfigured`). */
const boardOf = (tenantId: string, row: Row): Board => ({
  tenantId,
  id: row.rowKey,
  name: text(row, 'name'),
  teamId: optionalText(row, 'teamId'),
  createdAt: date(row, 'createdAt'),
  ...unconfigured(),
  ...optionalJson<Partial<Board>>(row, 'setup'),
});
