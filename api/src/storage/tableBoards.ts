import type { TableClient } from '@azure/data-tables';
import type { Board, BoardRepository } from '@ideabar/core';
import { keys, quote } from './keys.js';
import { boardOf, boardRow, type Row } from './rows.js';
import { statusOf, storageCall } from './tables.js';

export class TableBoards implements BoardRepository {
  constructor(private readonly table: TableClient) {}

  find(tenantId: string, boardId: string): Promise<Board | undefined> {
    return storageCall(async () => {
      try {
        return boardOf(
          tenantId,
          await this.table.getEntity<Row>(keys.boards(tenantId), keys.rowKey(boardId)),
        );
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    });
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

  async createIfMissing(board: Board): Promise<Board> {
    const created = await storageCall(async () => {
      try {
        await this.table.createEntity(boardRow(board));
        return true;
      } catch (error) {
        if (statusOf(error) === 409) return false;
        throw error;
      }
    });
    return created ? board : ((await this.find(board.tenantId, board.id)) ?? board);
  }
}
