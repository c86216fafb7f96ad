import type { TableClient } from '@azure/data-tables';
import { StaleVersionError, type ItMember, type MemberRepository, type Versioned } from '@ideabar/core';
import { GUARD_PREFIX, NO_GUARD, guardWrite } from './guardRows.js';
import { keys, quote } from './keys.js';
import { date, text, type Row } from './rowFields.js';
import { statusOf, storageCall, unlessMissing, writeOnce } from './tables.js';
import { submitTransaction } from './transactions.js';

/**
 * A tenant's IT members share a partition with a guard row (`~members`) whose ETag is the version of the set: a
 * removal is one transaction with the guard's update, so two removals that each leave someone cannot together
 * leave nobody.
 */
export class TableMembers implements MemberRepository {
  constructor(private readonly table: TableClient) {}

  async isItMember(tenantId: string, userId: string): Promise<boolean> {
    const row = await unlessMissing(() =>
      this.table.getEntity(keys.itMembers(tenantId), keys.rowKey(userId)),
    );
    return row !== undefined;
  }

  /**
   * A member already there is `unchanged`; one this very write added, though storage answered too late and the
   * retry was refused, is `added` (see writeOnce), so their addition is still audited.
   */
  async addItMember(member: ItMember): Promise<'added' | 'unchanged'> {
    const row = itMemberRow(member);
    try {
      await writeOnce(
        row,
        () => this.table.createEntity(row),
        () => unlessMissing(() => this.table.getEntity<Row>(row.partitionKey, row.rowKey)),
      );
      return 'added';
    } catch (error) {
      if (statusOf(error) === 409) return 'unchanged';
      throw error;
    }
  }

  removeItMember(tenantId: string, userId: string, version: string): Promise<void> {
    const partitionKey = keys.itMembers(tenantId);
    return storageCall(async () => {
      try {
        await submitTransaction(this.table, [
          ['delete', { partitionKey, rowKey: keys.rowKey(userId) }],
          guardWrite({ partitionKey, rowKey: MEMBERS_GUARD }, version),
        ]);
      } catch (error) {
        const status = statusOf(error);
        if (status === 404 || status === 409 || status === 412) throw new StaleVersionError();
        throw error;
      }
    });
  }

  async listItMembers(tenantId: string): Promise<ItMember[]> {
    return (await this.listItMembersVersioned(tenantId)).value;
  }

  listItMembersVersioned(tenantId: string): Promise<Versioned<ItMember[]>> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(keys.itMembers(tenantId))}`;
      const members: ItMember[] = [];
      let version = NO_GUARD;
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        if (row.rowKey === MEMBERS_GUARD) version = row.etag;
        else if (!row.rowKey.startsWith(GUARD_PREFIX)) members.push(itMemberOf(tenantId, row));
      }
      return { value: members, version };
    });
  }
}

const MEMBERS_GUARD = `${GUARD_PREFIX}members`;

const itMemberRow = (member: ItMember): Row => ({
  partitionKey: keys.itMembers(member.tenantId),
  rowKey: keys.rowKey(member.userId),
  name: member.name,
  addedAt: member.addedAt,
});

const itMemberOf = (tenantId: string, row: Row): ItMember => ({
  tenantId,
  userId: row.rowKey,
  name: text(row, 'name'),
  addedAt: date(row, 'addedAt'),
});
