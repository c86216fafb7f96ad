import { StaleVersionError } from '../errors.js';
import {
  MAX_VOTE_CHANGES,
  type Versioned,
  type Vote,
  type VoterListEntry,
  type VoteRepository,
} from '../ports.js';
import { VoteChangeRefused, type IdeaTally, type VoteChange } from '../votes/tally.js';
import { copy, key, roundTrip } from './twin.js';

export class MemoryVotes implements VoteRepository {
  private readonly rows = new Map<string, Vote>();
  private readonly voterLists = new Map<string, VoterListEntry>();
  private readonly tallies = new Map<string, { tally: IdeaTally; version: number }>();
  private versions = 0;

  async findTally(tenantId: string, ideaId: string): Promise<Versioned<IdeaTally> | undefined> {
    await roundTrip();
    const row = this.tallies.get(key(tenantId, ideaId));
    return row && { value: copy(row.tally), version: String(row.version) };
  }

  /** All or nothing, as a Table Storage transaction: every condition is checked before anything is written. */
  async commitVotes(
    tally: IdeaTally,
    version: string | null,
    changes: readonly VoteChange[],
  ): Promise<string> {
    await roundTrip();
    if (changes.length > MAX_VOTE_CHANGES) throw new Error(`At most ${MAX_VOTE_CHANGES} changes at once.`);
    if (new Set(changes.map((change) => change.userId)).size !== changes.length) {
      throw new Error('One change per voter in a transaction.');
    }
    this.checkVersion(tally, version);
    for (const change of changes) {
      const there = this.rows.has(key(tally.tenantId, tally.ideaId, change.userId));
      if (there === change.cast) throw new VoteChangeRefused(change.userId);
    }
    for (const change of changes) {
      const id = key(tally.tenantId, tally.ideaId, change.userId);
      if (change.cast) {
        this.rows.set(id, {
          tenantId: tally.tenantId,
          ideaId: tally.ideaId,
          userId: change.userId,
          castAt: new Date(change.at),
        });
      } else {
        this.rows.delete(id);
      }
    }
    return this.writeTally(tally);
  }

  async saveTally(tally: IdeaTally, version: string | null): Promise<string> {
    await roundTrip();
    this.checkVersion(tally, version);
    return this.writeTally(tally);
  }

  async find(tenantId: string, ideaId: string, userId: string): Promise<Vote | undefined> {
    await roundTrip();
    const vote = this.rows.get(key(tenantId, ideaId, userId));
    return vote && copy(vote);
  }

  async add(vote: Vote): Promise<'added' | 'unchanged'> {
    await roundTrip();
    const id = key(vote.tenantId, vote.ideaId, vote.userId);
    if (this.rows.has(id)) return 'unchanged';
    this.rows.set(id, copy(vote));
    return 'added';
  }

  private checkVersion(tally: IdeaTally, version: string | null): void {
    const row = this.tallies.get(key(tally.tenantId, tally.ideaId));
    if (version === null ? row !== undefined : !row || String(row.version) !== version) {
      throw new StaleVersionError();
    }
  }

  private writeTally(tally: IdeaTally): string {
    this.versions += 1;
    this.tallies.set(key(tally.tenantId, tally.ideaId), { tally: copy(tally), version: this.versions });
    return String(this.versions);
  }

  async setOnVoterList(entry: VoterListEntry, voted: boolean): Promise<void> {
    await roundTrip();
    const id = key(entry.tenantId, entry.userId, entry.boardId, entry.ideaId);
    if (voted) this.voterLists.set(id, copy(entry));
    else this.voterLists.delete(id);
  }

  async has(tenantId: string, ideaId: string, userId: string): Promise<boolean> {
    await roundTrip();
    return this.rows.has(key(tenantId, ideaId, userId));
  }

  async voters(tenantId: string, ideaId: string): Promise<Vote[]> {
    await roundTrip();
    return [...this.rows.values()].filter((v) => v.tenantId === tenantId && v.ideaId === ideaId).map(copy);
  }

  async tally(tenantId: string, ideaId: string) {
    await roundTrip();
    const votes = [...this.rows.values()].filter((v) => v.tenantId === tenantId && v.ideaId === ideaId);
    return { count: votes.length, castTimes: votes.map((vote) => new Date(vote.castAt)) };
  }

  async isOnVoterList(entry: VoterListEntry): Promise<boolean> {
    await roundTrip();
    return this.voterLists.has(key(entry.tenantId, entry.userId, entry.boardId, entry.ideaId));
  }

  async votedIdeaIds(tenantId: string, userId: string, boardId: string): Promise<Set<string>> {
    await roundTrip();
    const mine = [...this.voterLists.values()].filter(
      (v) => v.tenantId === tenantId && v.userId === userId && v.boardId === boardId,
    );
    return new Set(mine.map((entry) => entry.ideaId));
  }
}
