import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { StaleVersionError, type Cycle, type CycleRepository, type Versioned } from '@ideabar/core';
import { keys, quote } from './keys.js';
import { GUARD_PREFIX, NO_GUARD, guardWrite } from './guardRows.js';
import { date, json, number, text, type Row } from './rowFields.js';
import { inPartition, listRows, readRow, statusOf, storageCall, unlessMissing, writeOnce } from './tables.js';
import { submitTransaction } from './transactions.js';

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
          () => submitTransaction(this.table, actions),
          () => unlessMissing(() => this.table.getEntity<Row>(partitionKey, row.rowKey)),
        );
      } catch (error) {
        if (statusOf(error) === 409 || statusOf(error) === 412) throw new StaleVersionError();
        throw error;
      }
    });
  }

  async find(tenantId: string, cycleId: string): Promise<Cycle | undefined> {
    const row = await readRow(this.table, keys.cycles(tenantId), keys.rowKey(cycleId));
    return row && cycleOf(tenantId, row);
  }

  list(tenantId: string): Promise<Cycle[]> {
    const filter = `${inPartition(keys.cycles(tenantId))} and RowKey lt ${quote(GUARD_PREFIX)}`;
    return listRows(this.table, { filter }, (row) => cycleOf(tenantId, row));
  }

  listClosingSince(since: Date): Promise<Cycle[]> {
    const filter = odata`votingClosesAt ge ${since}`;
    return listRows(this.table, { filter }, (row) => cycleOf(tenantOfCycleRow(row), row));
  }
}

const boardGuard = (boardId: string): string => `${GUARD_PREFIX}board|${boardId}`;

const cycleRow = (cycle: Cycle): Row => ({
  partitionKey: keys.cycles(cycle.tenantId),
  rowKey: keys.rowKey(cycle.id),
  boardId: cycle.boardId,
  name: cycle.name,
  submissionOpensAt: cycle.submissionOpensAt,
  submissionClosesAt: cycle.submissionClosesAt,
  votingOpensAt: cycle.votingOpensAt,
  votingClosesAt: cycle.votingClosesAt,
  reminderDaysBefore: JSON.stringify(cycle.reminderDaysBefore),
  shortlistSize: cycle.shortlistSize,
  openedById: cycle.openedBy.id,
  openedByName: cycle.openedBy.name,
  createdAt: cycle.createdAt,
});

const cycleOf = (tenantId: string, row: Row): Cycle => ({
  tenantId,
  id: row.rowKey,
  boardId: text(row, 'boardId'),
  name: text(row, 'name'),
  submissionOpensAt: date(row, 'submissionOpensAt'),
  submissionClosesAt: date(row, 'submissionClosesAt'),
  votingOpensAt: date(row, 'votingOpensAt'),
  votingClosesAt: date(row, 'votingClosesAt'),
  reminderDaysBefore: json<number[]>(row, 'reminderDaysBefore'),
  shortlistSize: number(row, 'shortlistSize'),
  openedBy: { id: text(row, 'openedById'), name: text(row, 'openedByName') },
  createdAt: date(row, 'createdAt'),
});

/** The tenant of a cycle row, read back from its partition key (`<tenant>|cycles`) by cross-tenant reads. */
const tenantOfCycleRow = (row: Row): string => {
  const [tenantId, kind] = row.partitionKey.split('|');
  if (!tenantId || kind !== 'cycles') throw new Error(`Row ${row.rowKey} is not a cycle.`);
  return tenantId;
};
