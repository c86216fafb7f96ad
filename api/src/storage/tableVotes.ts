import type { TableClient } from '@azure/data-tables';
import type { Vote, VoterListEntry, VoteRepository, VoteTally } from '@ideabar/core';
import { keys, quote, rowKeyPrefixFilter } from './keys.js';
import { castAtOf, ideaIdOfVoterList, voteRow, voterListRow, type Row } from './rows.js';
import { insertUnlessPresent, storageCall, unlessMissing } from './tables.js';

/**
 * A vote is one row in its idea's partition, keyed by the voter: inserting it twice is refused by storage itself,
 * which is what makes voting idempotent without any read-modify-write. A second row in the voter's partition lets a
 * board listing show "my vote" without reading every idea's partition.
 */
export class TableVotes implements VoteRepository {
  constructor(private readonly table: TableClient) {}

  async add(vote: Vote): Promise<'added' | 'unchanged'> {
    return (await insertUnlessPresent(() => this.table.createEntity(voteRow(vote)))) ? 'added' : 'unchanged';
  }

  async remove(tenantId: string, ideaId: string, userId: string) {
    const removed = await this.deleteIfThere(keys.idea(tenantId, ideaId), keys.rowKey(userId));
    return removed ? ('removed' as const) : ('unchanged' as const);
  }

  async setOnVoterList(entry: VoterListEntry, voted: boolean): Promise<void> {
    const row = voterListRow(entry);
    if (voted) await storageCall(() => this.table.upsertEntity(row, 'Replace'));
    else await this.deleteIfThere(row.partitionKey, row.rowKey);
  }

  async has(tenantId: string, ideaId: string, userId: string): Promise<boolean> {
    const row = await unlessMissing(() =>
      this.table.getEntity(keys.idea(tenantId, ideaId), keys.rowKey(userId), {
        queryOptions: { select: ['RowKey'] },
      }),
    );
    return row !== undefined;
  }

  voters(tenantId: string, ideaId: string): Promise<Vote[]> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(keys.idea(tenantId, ideaId))}`;
      const votes: Vote[] = [];
      for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
        votes.push({ tenantId, ideaId, userId: row.rowKey, castAt: castAtOf(row) });
      }
      return votes;
    });
  }

  tally(tenantId: string, ideaId: string): Promise<VoteTally> {
    return storageCall(async () => {
      const filter = `PartitionKey eq ${quote(keys.idea(tenantId, ideaId))}`;
      const castTimes: Date[] = [];
      const rows = this.table.listEntities<Row>({ queryOptions: { filter, select: ['castAt'] } });
      for await (const row of rows) castTimes.push(castAtOf(row));
      return { count: castTimes.length, castTimes };
    });
  }

  votedIdeaIds(tenantId: string, userId: string, boardId: string): Promise<Set<string>> {
    return storageCall(async () => {
      const filter = rowKeyPrefixFilter(keys.voter(tenantId, userId), boardId);
      const ids = new Set<string>();
      for await (const row of this.table.listEntities<Row>({
        queryOptions: { filter, select: ['ideaId'] },
      })) {
        ids.add(ideaIdOfVoterList(row));
      }
      return ids;
    });
  }

  private async deleteIfThere(partitionKey: string, rowKey: string): Promise<boolean> {
    return (await unlessMissing(() => this.table.deleteEntity(partitionKey, rowKey))) !== undefined;
  }
}
