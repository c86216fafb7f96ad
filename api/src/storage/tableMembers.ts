import type { TableClient } from '@azure/data-tables';
import type { ItMember, MemberRepository } from '@ideabar/core';
import { keys, quote } from './keys.js';
import { itMemberOf, itMemberRow, type Row } from './rows.js';
import { statusOf, storageCall } from './tables.js';

export class TableMembers implements MemberRepository {
  constructor(private readonly table: TableClient) {}

  isItMember(tenantId: string, userId: string): Promise<boolean> {
    return storageCall(async () => {
      try {
        await this.table.getEntity(keys.itMembers(tenantId), keys.rowKey(userId));
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    });
  }

  addItMember(member: ItMember): Promise<'added' | 'unchanged'> {
    return storageCall(async () => {
      try {
        await this.table.createEntity(itMemberRow(member));
        return 'added' as const;
      } catch (error) {
        if (statusOf(error) === 409) return 'unchanged' as const;
        throw error;
      }
    });
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
