import { StaleVersionError } from '../errors.js';
import type { IdeaRecord } from '../ideas/idea.js';
import type { IdeaRepository, Versioned } from '../ports.js';
import type { IdeaTally } from '../votes/tally.js';
import { copy, key, roundTrip } from './twin.js';

export class MemoryIdeas implements IdeaRepository {
  private readonly rows = new Map<string, { idea: IdeaRecord; version: number; votesSeq?: number }>();

  async create(idea: IdeaRecord): Promise<void> {
    await roundTrip();
    const id = key(idea.tenantId, idea.id);
    if (this.rows.has(id)) throw new Error(`Idea ${idea.id} exists already.`);
    this.rows.set(id, { idea: copy(idea), version: 1 });
  }

  async find(tenantId: string, ideaId: string): Promise<Versioned<IdeaRecord> | undefined> {
    await roundTrip();
    const row = this.rows.get(key(tenantId, ideaId));
    return row && { value: copy(row.idea), version: String(row.version) };
  }

  async listBoard(tenantId: string, boardId: string): Promise<IdeaRecord[]> {
    await roundTrip();
    return [...this.rows.values()]
      .map((row) => row.idea)
      .filter((idea) => idea.tenantId === tenantId && idea.boardId === boardId)
      .map(copy);
  }

  async listUnanswered(): Promise<IdeaRecord[]> {
    await roundTrip();
    return [...this.rows.values()]
      .map((row) => row.idea)
      .filter((idea) => idea.status === 'new')
      .map(copy);
  }

  async save(idea: IdeaRecord, version: string): Promise<void> {
    await roundTrip();
    const row = this.rows.get(key(idea.tenantId, idea.id));
    if (!row || String(row.version) !== version) throw new StaleVersionError();
    const { votes, heat, heatAt } = row.idea;
    row.idea = { ...copy(idea), votes, heat, heatAt };
    row.version += 1;
  }

  async saveTogether(writes: readonly Versioned<IdeaRecord>[]): Promise<void> {
    await roundTrip();
    const boards = new Set(writes.map(({ value }) => key(value.tenantId, value.boardId)));
    if (boards.size > 1) throw new Error('Ideas saved together must share a board.');
    const rows = writes.map(({ value, version }) => {
      const row = this.rows.get(key(value.tenantId, value.id));
      if (!row || String(row.version) !== version) throw new StaleVersionError();
      return row;
    });
    rows.forEach((row, n) => {
      const { votes, heat, heatAt } = row.idea;
      row.idea = { ...copy((writes[n] as Versioned<IdeaRecord>).value), votes, heat, heatAt };
      row.version += 1;
    });
  }

  async saveCommentCount(
    idea: Pick<IdeaRecord, 'tenantId' | 'id' | 'commentCount'>,
    version: string,
  ): Promise<void> {
    await roundTrip();
    const row = this.rows.get(key(idea.tenantId, idea.id));
    if (!row || String(row.version) !== version) throw new StaleVersionError();
    row.idea = { ...row.idea, commentCount: idea.commentCount };
    row.version += 1;
  }

  async saveVoteCopy(tally: IdeaTally): Promise<void> {
    await roundTrip();
    const row = this.rows.get(key(tally.tenantId, tally.ideaId));
    if (!row || (row.votesSeq ?? 0) >= tally.seq) return;
    row.idea = { ...row.idea, votes: tally.count, heat: tally.heat, heatAt: new Date(tally.heatAt) };
    row.votesSeq = tally.seq;
    row.version += 1;
  }
}
