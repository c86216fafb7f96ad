import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { StaleVersionError, type Cycle, type CycleRepository, type Versioned } from '@ideabar/core';
import { keys, quote } from './keys.js';
import { cycleOf, cycleRow, tenantOfCycleRow, type Row } from './rows.js';
import { GUARD_PREFIX, NO_GUARD, guardWrite } from './guardRows.js';
import { statusOf, storageCall, unlessMissing, writeOnce } from './tables.js';

/**
 * A tenant's cycles share one small partition: a handful a year per board. Beside them, one guard row per board
 * (row key `~board|<board id>`, outside the id alphabet) whose ETag is the version of that board's cycles: a new
 * cycle is written in one transaction with the guard's update, so a cycle checked against a set of cycles that has
 * changed since is refused. The reminder timer reads across tenants, which scans the whole table; it stays small,
 * as cycles are few and never many per board.
 */
export class TableCycles implements CycleRepository {
  constructor(private readonly table: TableClient) {}

  listBoard(tenantId: string, boardId: string): Promise<Versioned<Cycle[]>> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(keys.cycles(tenantId))}`;
      const guard = boardGuard(boardId);
      const cycles: Cycle[] = [];
      let version = NO_GUARD;
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        if (row.rowKey === guard) version = row.etag;
        else if (!row.rowKey.startsWith(GUARD_PREFIX) && row.boardId === boardId)
          cycles.push(cycleOf(tenantId, row));
      }
      return { value: cycles, version };
    });
  }

  create(cycle: Cycle, boardVersion: string): Promise<void> {
    const partitionKey = keys.cycles(cycle.tenantId);
    const row = cycleRow(cycle);
    const actions: TransactionAction[] = [
      ['create', row],
      guardWrite({ partitionKey, rowKey: boardGuard(cycle.boardId) }, boardVersion),
    ];
    return storageCall(async () => {
      try {
        // The cycle row is written only with the guard, so finding it as written proves the whole transaction made.
        await writeOnce(
          row,
          () => this.table.submitTransaction(actions),
          () => unlessMissing(() => this.table.getEntity<Row>(partitionKey, row.rowKey)),
        );
      } catch (error) {
        if (statusOf(error) === 409 || statusOf(error) === 412) throw new StaleVersionError();
        throw error;
      }
    });
  }

  async find(tenantId: string, cycleId: string): Promise<Cycle | undefined> {
    const row = await unlessMissing(() =>
      this.table.getEntity<Row>(keys.cycles(tenantId), keys.rowKey(cycleId)),
    );
    return row && cycleOf(tenantId, row);
  }

  list(tenantId: string): Promise<Cycle[]> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(keys.cycles(tenantId))} and RowKey lt ${quote(GUARD_PREFIX)}`;
      const cycles: Cycle[] = [];
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        cycles.push(cycleOf(tenantId, row));
      }
      return cycles;
    });
  }

  listClosingSince(since: Date): Promise<Cycle[]> {
    return storageCall(async () => {
      const cycles: Cycle[] = [];
      const filter = odata`votingClosesAt ge ${since}`;
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        cycles.push(cycleOf(tenantOfCycleRow(row), row));
      }
      return cycles;
    });
  }
}

const boardGuard = (boardId: string): string => `${GUARD_PREFIX}board|${boardId}`;
