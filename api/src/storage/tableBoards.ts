import type { TableClient } from '@azure/data-tables';
import { unconfigured, type Board, type BoardRepository, type Versioned } from '@ideabar/core';
import { keys } from './keys.js';
import { optionalJson, date, optionalText, text, type Row } from './rowFields.js';
import { inPartition, insertUnlessPresent, listRows, readRow, writeIfCurrent } from './tables.js';

export class TableBoards implements BoardRepository {
  constructor(private readonly table: TableClient) {}

  async find(tenantId: string, boardId: string): Promise<Board | undefined> {
    return (await this.findVersioned(tenantId, boardId))?.value;
  }

  list(tenantId: string): Promise<Board[]> {
    return listRows(this.table, { filter: inPartition(keys.boards(tenantId)) }, (row) =>
      boardOf(tenantId, row),
    );
  }

  async findVersioned(tenantId: string, boardId: string): Promise<Versioned<Board> | undefined> {
    const row = await readRow(this.table, keys.boards(tenantId), keys.rowKey(boardId));
    return row && { value: boardOf(tenantId, row), version: row.etag };
  }

  save(board: Board, version: string): Promise<void> {
    return writeIfCurrent(() => this.table.updateEntity(boardRow(board), 'Replace', { etag: version }));
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
