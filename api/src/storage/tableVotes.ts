import type { TableClient } from '@azure/data-tables';
import type { Vote, VoteRepository, VoteTally } from '@ideabar/core';
import { keys, quote, rowKeyPrefixFilter } from './keys.js';
import { castAtOf, ideaIdOfVoterIndex, voteRow, voterIndexRow, type Row } from './rows.js';
import { statusOf, storageCall } from './tables.js';

/**
 * A vote is one row in its idea's partition, keyed by the voter: inserting it twice is refused by storage itself,
 * which is what makes voting idempotent without any read-modify-write. A second row in the voter's partition lets a
 * board listing show "my vote" without reading every idea's partition; it is rewritten on every cast and withdrawal,
 * so a retry after a fault also repairs it.
 */
export class TableVotes implements VoteRepository {
  constructor(private readonly table: TableClient) {}

  async add(vote: Vote): Promise<'added' | 'unchanged'> {
    const outcome = await storageCall(async () => {
      try {
        await this.table.createEntity(voteRow(vote));
        return 'added' as const;
      } catch (error) {
        if (statusOf(error) === 409) return 'unchanged' as const;
        throw error;
      }
    });
    await storageCall(() => this.table.upsertEntity(voterIndexRow(vote), 'Replace'));
    return outcome;
  }

  async remove(tenantId: string, boardId: string, ideaId: string, userId: string) {
    const outcome = await this.deleteIfThere(keys.idea(tenantId, ideaId), keys.rowKey(userId));
    await this.deleteIfThere(keys.voter(tenantId, userId), keys.votedIdea(boardId, ideaId));
    return outcome ? ('removed' as const) : ('unchanged' as const);
  }

  has(tenantId: string, ideaId: string, userId: string): Promise<boolean> {
    return storageCall(async () => {
      try {
        await this.table.getEntity(keys.idea(tenantId, ideaId), keys.rowKey(userId), {
          queryOptions: { select: ['RowKey'] },
        });
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
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
        ids.add(ideaIdOfVoterIndex(row));
      }
      return ids;
    });
  }

  private deleteIfThere(partitionKey: string, rowKey: string): Promise<boolean> {
    return storageCall(async () => {
      try {
        await this.table.deleteEntity(partitionKey, rowKey);
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    });
  }
}
