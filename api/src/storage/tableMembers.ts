import type { TableClient } from '@azure/data-tables';
import type { ItMember, MemberRepository } from '@ideabar/core';
import { keys, quote } from './keys.js';
import { itMemberOf, itMemberRow, type Row } from './rows.js';
import { insertUnlessPresent, storageCall, unlessMissing } from './tables.js';

export class TableMembers implements MemberRepository {
  constructor(private readonly table: TableClient) {}

  async isItMember(tenantId: string, userId: string): Promise<boolean> {
    const row = await unlessMissing(() =>
      this.table.getEntity(keys.itMembers(tenantId), keys.rowKey(userId)),
    );
    return row !== undefined;
  }

  async addItMember(member: ItMember): Promise<'added' | 'unchanged'> {
    return (await insertUnlessPresent(() => this.table.createEntity(itMemberRow(member))))
      ? 'added'
      : 'unchanged';
  }

  async removeItMember(tenantId: string, userId: string): Promise<'removed' | 'unchanged'> {
    const gone = await unlessMissing(() =>
      this.table.deleteEntity(keys.itMembers(tenantId), keys.rowKey(userId)),
    );
    return gone === undefined ? 'unchanged' : 'removed';
  }

  listItMembers(tenantId: string): Promise<ItMember[]> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(keys.itMembers(tenantId))}`;
      const members: ItMember[] = [];
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        members.push(itMemberOf(tenantId, row));
      }
      return members;
    });
  }
}
