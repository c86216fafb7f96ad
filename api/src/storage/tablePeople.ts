import type { TableClient } from '@azure/data-tables';
import type { KnownPerson, PeopleRepository } from '@ideabar/core';
import { keys } from './keys.js';
import { date, text, type Row } from './rowFields.js';
import { inPartition, listRows, readRow, storageCall } from './tables.js';

/**
 * The people IdeaBar has met in a tenant: one partition per tenant (`<tenant>|people`) in the Members table, one
 * row per person keyed by their id, holding their name as last seen. A search reads the tenant's partition with
 * the two columns it needs; a tenant of some thousands of people who used IdeaBar is a few pages.
 */
export class TablePeople implements PeopleRepository {
  constructor(private readonly table: TableClient) {}

  remember(person: KnownPerson): Promise<void> {
    return storageCall(async () => {
      await this.table.upsertEntity(personRow(person), 'Replace');
    });
  }

  async find(tenantId: string, userId: string): Promise<KnownPerson | undefined> {
    const row = await readRow(this.table, keys.people(tenantId), keys.rowKey(userId));
    return row && personOf(tenantId, row);
  }

  list(tenantId: string): Promise<KnownPerson[]> {
    const query = { filter: inPartition(keys.people(tenantId)), select: ['RowKey', 'name', 'seenAt'] };
    return listRows(this.table, query, (row) => personOf(tenantId, row));
  }
}

const personRow = (person: KnownPerson): Row => ({
  partitionKey: keys.people(person.tenantId),
  rowKey: keys.rowKey(person.userId),
  name: person.name,
  seenAt: person.seenAt,
});

const personOf = (tenantId: string, row: Row): KnownPerson => ({
  tenantId,
  userId: row.rowKey,
  name: text(row, 'name'),
  seenAt: date(row, 'seenAt'),
});
