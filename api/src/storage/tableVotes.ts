import type { TableClient, TransactionAction } from '@azure/data-tables';
import {
  MAX_VOTE_CHANGES,
  StaleVersionError,
  VoteChangeRefused,
  type IdeaTally,
  type Versioned,
  type Vote,
  type VoteChange,
  type VoterListEntry,
  type VoteRepository,
  type VotesClosed,
  type VoteTally,
} from '@ideabar/core';
import { keys, quote, rowKeyPrefixFilter } from './keys.js';
import { date, double, number, optionalJson, optionalText, text, type Row } from './rowFields.js';
import { insertUnlessPresent, statusOf, storageCall, unlessMissing } from './tables.js';
import { submitTransaction } from './transactions.js';

/**
 * A vote is one row in its idea's partition, keyed by the voter, and the idea's tally is one more row there
 * (TALLY_ROW_KEY). A vote is written as one entity-group transaction: the vote row inserted (or, withdrawn,
 * deleted) and the tally replaced If-Match its ETag. Table Storage runs a transaction all or nothing, so a repeat
 * (409 on the insert), a missing vote (404 on the delete) or a tally that moved (412) refuses the whole of it.
 * A second row in the voter's partition lets a board listing show "my vote" without reading every idea's partition.
 */
export class TableVotes implements VoteRepository {
  constructor(private readonly table: TableClient) {}

  async findTally(tenantId: string, ideaId: string): Promise<Versioned<IdeaTally> | undefined> {
    const row = await unlessMissing(() =>
      this.table.getEntity<Row>(keys.idea(tenantId, ideaId), TALLY_ROW_KEY),
    );
    return row && { value: tallyOf(tenantId, ideaId, row), version: row.etag };
  }

  commitVotes(tally: IdeaTally, version: string | null, changes: readonly VoteChange[]): Promise<string> {
    if (changes.length > MAX_VOTE_CHANGES) throw new Error(`At most ${MAX_VOTE_CHANGES} changes at once.`);
    const partitionKey = keys.idea(tally.tenantId, tally.ideaId);
    const actions: TransactionAction[] = [
      tallyAction(tally, version),
      ...changes.map((change): TransactionAction => {
        if (change.cast) {
          return ['create', voteRow({ ...tally, userId: change.userId, castAt: change.at })];
        }
        return ['delete', { partitionKey, rowKey: keys.rowKey(change.userId) }];
      }),
    ];
    return this.submit(actions, (index) => changes[index - 1]?.userId ?? null);
  }

  saveTally(tally: IdeaTally, version: string | null): Promise<string> {
    return this.submit([tallyAction(tally, version)], () => null);
  }

  async find(tenantId: string, ideaId: string, userId: string): Promise<Vote | undefined> {
    const row = await unlessMissing(() =>
      this.table.getEntity<Row>(keys.idea(tenantId, ideaId), keys.rowKey(userId)),
    );
    return row && { tenantId, ideaId, userId, castAt: castAtOf(row) };
  }

  async add(vote: Vote): Promise<'added' | 'unchanged'> {
    return (await insertUnlessPresent(() => this.table.createEntity(voteRow(vote)))) ? 'added' : 'unchanged';
  }

  async setOnVoterList(entry: VoterListEntry, voted: boolean): Promise<void> {
    const row = voterListRow(entry);
    if (voted) await storageCall(() => this.table.upsertEntity(row, 'Replace'));
    else await unlessMissing(() => this.table.deleteEntity(row.partitionKey, row.rowKey));
  }

  isOnVoterList(entry: VoterListEntry): Promise<boolean> {
    const { partitionKey, rowKey } = voterListRow(entry);
    return this.exists(partitionKey, rowKey);
  }

  has(tenantId: string, ideaId: string, userId: string): Promise<boolean> {
    return this.exists(keys.idea(tenantId, ideaId), keys.rowKey(userId));
  }

  /** A point read of the row's key alone. */
  private async exists(partitionKey: string, rowKey: string): Promise<boolean> {
    const row = await unlessMissing(() =>
      this.table.getEntity(partitionKey, rowKey, { queryOptions: { select: ['RowKey'] } }),
    );
    return row !== undefined;
  }

  voters(tenantId: string, ideaId: string): Promise<Vote[]> {
    return storageCall(async () => {
      const votes: Vote[] = [];
      for await (const row of this.table.listEntities<Row>({
        queryOptions: { filter: votesOf(tenantId, ideaId) },
      })) {
        votes.push({ tenantId, ideaId, userId: row.rowKey, castAt: castAtOf(row) });
      }
      return votes;
    });
  }

  tally(tenantId: string, ideaId: string): Promise<VoteTally> {
    return storageCall(async () => {
      const castTimes: Date[] = [];
      const rows = this.table.listEntities<Row>({
        queryOptions: { filter: votesOf(tenantId, ideaId), select: ['castAt'] },
      });
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

  /** Every voter-list row of every tenant: for the one-off repair, which checks each against its vote row. */
  async *everyVoterListEntry(): AsyncGenerator<VoterListEntry> {
    const filter = `ideaId ne ''`;
    for await (const row of this.table.listEntities<Row>({ queryOptions: { filter } })) {
      const [tenantId, , userId] = row.partitionKey.split('|');
      const boardId = row.rowKey.slice(0, row.rowKey.lastIndexOf('|'));
      if (tenantId && userId) yield { tenantId, userId, boardId, ideaId: ideaIdOfVoterList(row) };
    }
  }

  /**
   * Runs one transaction. Storage names the failed action by its index at the start of its message ("2:The
   * specified entity already exists."); `voterAt` says whose change that index was.
   */
  private submit(actions: TransactionAction[], voterAt: (index: number) => string | null): Promise<string> {
    return storageCall(async () => {
      try {
        const response = await submitTransaction(this.table, actions);
        const etag = response.subResponses[0]?.etag;
        if (!etag) throw new Error('The vote transaction answered without the tally’s new ETag.');
        return etag;
      } catch (error) {
        const status = statusOf(error);
        if (status !== 409 && status !== 404 && status !== 412) throw error;
        const index = failedIndex(error);
        // The tally's own action failing (index 0) is a tally that moved, whatever the status says.
        if (status === 412 || index === 0) throw new StaleVersionError();
        throw new VoteChangeRefused(index === null ? null : voterAt(index));
      }
    });
  }
}

/** Only the vote rows of the idea's partition: its comments and history live in other tables, its tally here. */
const votesOf = (tenantId: string, ideaId: string): string =>
  `PartitionKey eq ${quote(keys.idea(tenantId, ideaId))} and RowKey ne ${quote(TALLY_ROW_KEY)}`;

function tallyAction(tally: IdeaTally, version: string | null): TransactionAction {
  return version === null
    ? ['create', tallyRow(tally)]
    : ['update', tallyRow(tally), 'Replace', { etag: version }];
}

function failedIndex(error: unknown): number | null {
  const message = error instanceof Error ? error.message : '';
  const match = /^(\d+):/.exec(message);
  return match ? Number(match[1]) : null;
}

export const voteRow = (vote: Vote): Row => ({
  partitionKey: keys.idea(vote.tenantId, vote.ideaId),
  rowKey: keys.rowKey(vote.userId),
  castAt: vote.castAt,
});

const castAtOf = (row: Row): Date => date(row, 'castAt');

const voterListRow = (entry: VoterListEntry): Row => ({
  partitionKey: keys.voter(entry.tenantId, entry.userId),
  rowKey: keys.votedIdea(entry.boardId, entry.ideaId),
  ideaId: entry.ideaId,
});

const ideaIdOfVoterList = (row: Row): string => text(row, 'ideaId');

/**
 * An idea's tally row lives in its Votes partition beside the vote rows, so one transaction can write both. Its
 * row key cannot be a voter's: user ids never contain `~`.
 */
export const TALLY_ROW_KEY = '~tally';

export const tallyRow = (tally: IdeaTally): Row => ({
  partitionKey: keys.idea(tally.tenantId, tally.ideaId),
  rowKey: TALLY_ROW_KEY,
  boardId: tally.boardId,
  count: tally.count,
  heat: double(tally.heat),
  heatAt: tally.heatAt,
  closed: tally.closed === null ? undefined : JSON.stringify(tally.closed),
  seq: tally.seq,
  ...unlistedProperties(tally.unlisted),
});

const tallyOf = (tenantId: string, ideaId: string, row: Row): IdeaTally => ({
  tenantId,
  ideaId,
  boardId: text(row, 'boardId'),
  count: number(row, 'count'),
  heat: number(row, 'heat'),
  heatAt: date(row, 'heatAt'),
  closed: optionalJson<VotesClosed>(row, 'closed'),
  seq: number(row, 'seq'),
  unlisted: unlistedOf(row),
});

/**
 * A string property holds at most 32K characters (64 KiB), fewer than a tally's unlisted voters may need: the note
 * is a JSON array per property, `unlisted`, then `unlisted1`, `unlisted2`… each under this many characters. The
 * row is replaced whole on every write, so a shorter note leaves no stale part behind.
 */
const UNLISTED_PART_CHARS = 30_000;

function unlistedProperties(userIds: readonly string[]): Record<string, string> {
  const parts: string[][] = [[]];
  let length = 2;
  for (const userId of userIds) {
    const cost = JSON.stringify(userId).length + 1;
    if (length + cost > UNLISTED_PART_CHARS) {
      parts.push([]);
      length = 2;
    }
    (parts[parts.length - 1] as string[]).push(userId);
    length += cost;
  }
  return Object.fromEntries(parts.map((part, index) => [unlistedName(index), JSON.stringify(part)]));
}

function unlistedOf(row: Row): string[] {
  const userIds: string[] = [];
  for (let index = 0; ; index++) {
    const part = optionalText(row, unlistedName(index));
    if (part === null) return userIds;
    userIds.push(...(JSON.parse(part) as string[]));
  }
}

const unlistedName = (index: number): string => (index === 0 ? 'unlisted' : `unlisted${index}`);
