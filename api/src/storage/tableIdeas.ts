import type { TableClient } from '@azure/data-tables';
import {
  untriaged,
  type Appeal,
  type IdeaRecord,
  type IdeaRepository,
  type IdeaStatus,
  type IdeaTally,
  type IdeaTriage,
  type StatusChange,
  type Versioned,
} from '@ideabar/core';
import { LRUCache } from 'lru-cache';
import { keys, quote } from './keys.js';
import { PartitionReads, type PartitionReadOptions } from './partitionReads.js';
import { date, double, json, number, optionalJson, optionalText, text, type Row } from './rowFields.js';
import {
  listRows,
  readRow,
  statusOf,
  storageCall,
  unlessMissing,
  writeIfCurrent,
  writeOnce,
} from './tables.js';
import { submitTransaction } from './transactions.js';

/**
 * Ideas live in one partition per board, so listing a board is a single-partition read: once whole, then of its
 * keys and the rows changed since this process last listed it (see PartitionReads). An idea is found by id through
 * a small reference row (tenant → idea → board); an idea never changes board, so the reference is cached.
 */
export class TableIdeas implements IdeaRepository {
  private readonly boardOfIdea = new LRUCache<string, string>({ max: 100_000 });
  private readonly boards: PartitionReads<IdeaRecord>;

  constructor(
    private readonly table: TableClient,
    boardReads?: PartitionReadOptions,
  ) {
    this.boards = new PartitionReads(table, boardReads);
  }

  async create(idea: IdeaRecord): Promise<void> {
    // The reference first: if the idea's own write then fails, a reference to nothing reads as "not found".
    await storageCall(() => this.table.upsertEntity(ideaRefRow(idea), 'Replace'));
    const row = ideaRow(idea);
    await writeOnce(
      row,
      () => this.table.createEntity(row),
      () => unlessMissing(() => this.table.getEntity<Row>(row.partitionKey, row.rowKey)),
    );
    this.boardOfIdea.set(cacheKey(idea.tenantId, idea.id), idea.boardId);
  }

  async find(tenantId: string, ideaId: string): Promise<Versioned<IdeaRecord> | undefined> {
    const boardId = await this.boardIdOf(tenantId, ideaId);
    if (boardId === undefined) return undefined;
    const row = await readRow(this.table, keys.boardIdeas(tenantId, boardId), keys.rowKey(ideaId));
    return row && { value: ideaOf(tenantId, boardId, row), version: row.etag };
  }

  listBoard(tenantId: string, boardId: string): Promise<IdeaRecord[]> {
    return this.boards.read(keys.boardIdeas(tenantId, boardId), (row) => ideaOf(tenantId, boardId, row));
  }

  /**
   * One query across every partition, filtered by the service: it reads the whole table (reference rows have no
   * status and drop out) but sends back only ideas still `new`, in pages that may end at any partition boundary,
   * empty or not (the SDK follows the tokens). An hourly timer's cost, never a request's.
   */
  listUnanswered(): Promise<IdeaRecord[]> {
    return listRows(this.table, { filter: `status eq ${quote('new')}` }, (row) => {
      const { tenantId, boardId } = ideaPlaceOf(row);
      return ideaOf(tenantId, boardId, row);
    });
  }

  save(idea: IdeaRecord, version: string): Promise<void> {
    return writeIfCurrent(() =>
      this.table.updateEntity(ideaRowWithoutVotes(idea), 'Merge', { etag: version }),
    );
  }

  saveTogether(writes: readonly Versioned<IdeaRecord>[]): Promise<void> {
    const partitions = new Set(writes.map(({ value }) => keys.boardIdeas(value.tenantId, value.boardId)));
    if (partitions.size > 1) throw new Error('Ideas saved together must share a board.');
    return writeIfCurrent(() =>
      submitTransaction(
        this.table,
        writes.map(({ value, version }) => [
          'update',
          ideaRowWithoutVotes(value),
          'Merge',
          { etag: version },
        ]),
      ),
    );
  }

  /**
   * Read, then write only if nobody wrote since (ETag): two processes copying different tallies at once cannot
   * leave the older one behind. Off the vote path (it follows the vote's answer), so its two round trips cost no
   * voter any time.
   */
  async saveVoteCopy(tally: IdeaTally): Promise<void> {
    const partitionKey = keys.boardIdeas(tally.tenantId, tally.boardId);
    const rowKey = keys.rowKey(tally.ideaId);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const row = await unlessMissing(() =>
        this.table.getEntity<Row>(partitionKey, rowKey, { queryOptions: { select: ['votesSeq'] } }),
      );
      if (!row || votesSeqOf(row) >= tally.seq) return;
      const written = await storageCall(async () => {
        try {
          await this.table.updateEntity(voteCopyRow(tally), 'Merge', { etag: row.etag });
          return true;
        } catch (error) {
          if (statusOf(error) === 412 || statusOf(error) === 404) return false;
          throw error;
        }
      });
      if (written) return;
    }
  }

  saveCommentCount(
    idea: Pick<IdeaRecord, 'tenantId' | 'id' | 'boardId' | 'commentCount'>,
    version: string,
  ): Promise<void> {
    const row = {
      partitionKey: keys.boardIdeas(idea.tenantId, idea.boardId),
      rowKey: keys.rowKey(idea.id),
      commentCount: idea.commentCount,
    };
    return writeIfCurrent(() => this.table.updateEntity(row, 'Merge', { etag: version }));
  }

  /** Where every idea of every tenant is, by a scan of the whole table: for the one-off `npm run repair` only. */
  async *everyIdea(): AsyncGenerator<{ tenantId: string; ideaId: string }> {
    for await (const row of this.table.listEntities<Row>({
      queryOptions: { select: ['PartitionKey', 'RowKey', 'status'] },
    })) {
      if (typeof row.status !== 'string') continue;
      yield { tenantId: ideaPlaceOf(row).tenantId, ideaId: row.rowKey };
    }
  }

  private async boardIdOf(tenantId: string, ideaId: string): Promise<string | undefined> {
    const cached = this.boardOfIdea.get(cacheKey(tenantId, ideaId));
    if (cached !== undefined) return cached;
    const ref = await unlessMissing(() =>
      this.table.getEntity<Row>(keys.ideaRefs(tenantId), keys.rowKey(ideaId)),
    );
    const boardId = ref && text(ref, 'boardId');
    if (boardId !== undefined) this.boardOfIdea.set(cacheKey(tenantId, ideaId), boardId);
    return boardId;
  }
}

const cacheKey = (tenantId: string, ideaId: string): string => `${tenantId}|${ideaId}`;

export const ideaRow = (idea: IdeaRecord): Row => ({
  partitionKey: keys.boardIdeas(idea.tenantId, idea.boardId),
  rowKey: keys.rowKey(idea.id),
  title: idea.title,
  description: idea.description,
  category: idea.category ?? undefined,
  tags: JSON.stringify(idea.tags),
  status: idea.status,
  authorId: idea.author.id,
  authorName: idea.author.name,
  createdAt: idea.createdAt,
  updatedAt: idea.updatedAt,
  triage: JSON.stringify(idea.triage),
  cycleId: idea.cycleId ?? undefined,
  lastChange: idea.lastChange === null ? undefined : changeJson(idea.lastChange),
  votes: idea.votes,
  commentCount: idea.commentCount,
  heat: double(idea.heat),
  heatAt: idea.heatAt,
});

/** The idea as `save` writes it: everything but its copy of the tally, which only `voteCopyRow` writes. */
const ideaRowWithoutVotes = (idea: IdeaRecord): Row => {
  const row = ideaRow(idea);
  delete row.votes;
  delete row.heat;
  delete row.heatAt;
  return row;
};

/** The idea row's copy of its tally, with the tally's seq so an older copy never overwrites a newer one. */
const voteCopyRow = (tally: IdeaTally): Row => ({
  partitionKey: keys.boardIdeas(tally.tenantId, tally.boardId),
  rowKey: keys.rowKey(tally.ideaId),
  votes: tally.count,
  heat: double(tally.heat),
  heatAt: tally.heatAt,
  votesSeq: tally.seq,
});

const votesSeqOf = (row: Row): number => (typeof row.votesSeq === 'number' ? row.votesSeq : 0);

const ideaOf = (tenantId: string, boardId: string, row: Row): IdeaRecord => ({
  tenantId,
  id: row.rowKey,
  boardId,
  title: text(row, 'title'),
  description: text(row, 'description'),
  category: optionalText(row, 'category'),
  tags: json<string[]>(row, 'tags'),
  status: text(row, 'status') as IdeaStatus,
  author: { id: text(row, 'authorId'), name: text(row, 'authorName') },
  createdAt: date(row, 'createdAt'),
  updatedAt: date(row, 'updatedAt'),
  votes: number(row, 'votes'),
  commentCount: number(row, 'commentCount'),
  heat: number(row, 'heat'),
  heatAt: date(row, 'heatAt'),
  triage: triageOf(row),
  cycleId: optionalText(row, 'cycleId'),
  lastChange: changeOf(tenantId, row),
});

/** The tenant and idea are the row's own; the change keeps the rest. */
const changeJson = ({ id, from, to, by, at, response, kind, decline }: StatusChange): string =>
  JSON.stringify({ id, from, to, by, at, response, kind, decline });

function changeOf(tenantId: string, row: Row): StatusChange | null {
  const stored = optionalJson<Omit<StatusChange, 'tenantId' | 'ideaId' | 'at'> & { at: string }>(
    row,
    'lastChange',
  );
  return stored && { ...stored, tenantId, ideaId: row.rowKey, at: new Date(stored.at) };
}

/** Triage is one JSON property, read and written whole with the idea; a row written before it reads untriaged. */
function triageOf(row: Row): IdeaTriage {
  const stored = optionalJson<
    IdeaTriage & {
      appeal: (Appeal & { at: string; answeredAt: string | null }) | null;
      firstResponseAt: string | null;
    }
  >(row, 'triage');
  if (stored === null) return untriaged();
  return {
    ...untriaged(),
    ...stored,
    appeal: stored.appeal && {
      ...stored.appeal,
      at: new Date(stored.appeal.at),
      answeredAt: stored.appeal.answeredAt === null ? null : new Date(stored.appeal.answeredAt),
    },
    firstResponseAt: stored.firstResponseAt === null ? null : new Date(stored.firstResponseAt),
  };
}

/** Where an idea row lives, read back from its partition key (`<tenant>|board|<board>`) by cross-tenant reads. */
function ideaPlaceOf(row: Row): { tenantId: string; boardId: string } {
  const [tenantId, kind, boardId] = row.partitionKey.split('|');
  if (!tenantId || kind !== 'board' || !boardId) throw new Error(`Row ${row.rowKey} is not an idea.`);
  return { tenantId, boardId };
}

export const ideaRefRow = (idea: Pick<IdeaRecord, 'tenantId' | 'id' | 'boardId'>): Row => ({
  partitionKey: keys.ideaRefs(idea.tenantId),
  rowKey: keys.rowKey(idea.id),
  boardId: idea.boardId,
});
