import { odata, type TableClient } from '@azure/data-tables';
import type { Cycle, CycleRepository } from '@ideabar/core';
import { keys, quote } from './keys.js';
import { cycleOf, cycleRow, tenantOfCycleRow, type Row } from './rows.js';
import { storageCall, unlessMissing } from './tables.js';

/**
 * A tenant's cycles share one small partition: a handful a year per board. The reminder timer reads across
 * tenants, which scans the whole table; it stays small, as cycles are few and never many per board.
 */
export class TableCycles implements CycleRepository {
  constructor(private readonly table: TableClient) {}

  async create(cycle: Cycle): Promise<void> {
    await storageCall(() => this.table.createEntity(cycleRow(cycle)));
  }

  async find(tenantId: string, cycleId: string): Promise<Cycle | undefined> {
    const row = await unlessMissing(() =>
      this.table.getEntity<Row>(keys.cycles(tenantId), keys.rowKey(cycleId)),
    );
    return row && cycleOf(tenantId, row);
  }

  list(tenantId: string): Promise<Cycle[]> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(keys.cycles(tenantId))}`;
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
