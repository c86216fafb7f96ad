import type { Board } from '../boards/board.js';
import type { Comment } from '../comments/comment.js';
import type { Cycle } from '../cycles/cycle.js';
import type { AuditEntry, TenantSettings } from '../settings/tenantSettings.js';
import { StaleVersionError } from '../errors.js';
import type { IdeaRecord, StatusChange } from '../ideas/idea.js';
import type { OutboxEvent } from '../outbox/outboxEvent.js';
import type { KnownPerson } from '../people/knownPerson.js';
import { VoteChangeRefused, type IdeaTally, type VoteChange } from '../votes/tally.js';
import type {
  BoardRepository,
  CommentRepository,
  CycleRepository,
  DueEntry,
  DueKind,
  DueRepository,
  EventOutboxRepository,
  IdeaRepository,
  ItMember,
  MemberRepository,
  Page,
  PeopleRepository,
  Repositories,
  SettingsRepository,
  AuditRepository,
  StatusHistoryRepository,
  Versioned,
  Vote,
  VoterListEntry,
  VoteRepository,
} from '../ports.js';
import { MAX_VOTE_CHANGES } from '../ports.js';
import { MemorySavedResponses } from './memorySavedResponses.js';

/**
 * The in-memory twin of the Table Storage repositories, for unit tests of the domain. It passes the same contract
 * tests, so it keeps the same promises: records are copied in and out, writes are conditional on versions, and
 * every key starts with the tenant.
 */
export function memoryRepositories(): Repositories {
  return {
    boards: new MemoryBoards(),
    ideas: new MemoryIdeas(),
    votes: new MemoryVotes(),
    comments: new MemoryComments(),
    history: new MemoryHistory(),
    members: new MemoryMembers(),
    cycles: new MemoryCycles(),
    settings: new MemorySettings(),
    audit: new MemoryAudit(),
    due: new MemoryDue(),
    events: new MemoryEvents(),
    savedResponses: new MemorySavedResponses(),
    people: new MemoryPeople(),
  };
}

const copy = <T>(value: T): T => structuredClone(value);
const key = (...parts: string[]): string => parts.join('|');

/** Lets other work run between a call and its answer, as a network round trip would. */
const roundTrip = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

class MemoryBoards implements BoardRepository {
  private readonly rows = new Map<string, Board>();
  private readonly versions = new Map<string, number>();

  async find(tenantId: string, boardId: string): Promise<Board | undefined> {
    await roundTrip();
    const board = this.rows.get(key(tenantId, boardId));
    return board && copy(board);
  }

  async list(tenantId: string): Promise<Board[]> {
    await roundTrip();
    return [...this.rows.values()].filter((board) => board.tenantId === tenantId).map(copy);
  }

  async findVersioned(tenantId: string, boardId: string): Promise<Versioned<Board> | undefined> {
    await roundTrip();
    const board = this.rows.get(key(tenantId, boardId));
    return board && { value: copy(board), version: String(this.versions.get(key(tenantId, boardId)) ?? 0) };
  }

  async save(board: Board, version: string): Promise<void> {
    await roundTrip();
    const id = key(board.tenantId, board.id);
    const current = this.versions.get(id) ?? 0;
    if (!this.rows.has(id) || String(current) !== version) throw new StaleVersionError();
    this.rows.set(id, copy(board));
    this.versions.set(id, current + 1);
  }

  async createIfMissing(board: Board): Promise<{ board: Board; created: boolean }> {
    await roundTrip();
    const id = key(board.tenantId, board.id);
    const created = !this.rows.has(id);
    if (created) this.rows.set(id, copy(board));
    return { board: copy(this.rows.get(id) as Board), created };
  }
}

class MemoryIdeas implements IdeaRepository {
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

class MemoryVotes implements VoteRepository {
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

  async votedIdeaIds(tenantId: string, userId: string, boardId: string): Promise<Set<string>> {
    await roundTrip();
    const mine = [...this.voterLists.values()].filter(
      (v) => v.tenantId === tenantId && v.userId === userId && v.boardId === boardId,
    );
    return new Set(mine.map((entry) => entry.ideaId));
  }
}

class MemoryComments implements CommentRepository {
  private readonly rows: Comment[] = [];

  async add(comment: Comment): Promise<void> {
    await roundTrip();
    this.rows.push(copy(comment));
  }

  async find(tenantId: string, ideaId: string, commentId: string): Promise<Comment | undefined> {
    await roundTrip();
    const found = this.ofIdea(tenantId, ideaId).find((comment) => comment.id === commentId);
    return found && copy(found);
  }

  async list(
    tenantId: string,
    ideaId: string,
    { after, limit }: { after: string | null; limit: number },
  ): Promise<Page<Comment>> {
    await roundTrip();
    const all = this.ofIdea(tenantId, ideaId).filter((c) => after === null || c.id > after);
    const items = all.slice(0, limit).map(copy);
    return { items, next: all.length > limit ? (items.at(-1)?.id ?? null) : null };
  }

  async count(tenantId: string, ideaId: string): Promise<number> {
    await roundTrip();
    return this.ofIdea(tenantId, ideaId).length;
  }

  private ofIdea(tenantId: string, ideaId: string): Comment[] {
    return this.rows
      .filter((c) => c.tenantId === tenantId && c.ideaId === ideaId)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

class MemoryHistory implements StatusHistoryRepository {
  private readonly rows: StatusChange[] = [];

  async append(change: StatusChange): Promise<void> {
    await roundTrip();
    const there = this.rows.some(
      (c) => c.tenantId === change.tenantId && c.ideaId === change.ideaId && c.id === change.id,
    );
    if (!there) this.rows.push(copy(change));
  }

  async list(tenantId: string, ideaId: string): Promise<StatusChange[]> {
    await roundTrip();
    return this.rows
      .filter((c) => c.tenantId === tenantId && c.ideaId === ideaId)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map(copy);
  }
}

class MemoryCycles implements CycleRepository {
  private readonly rows = new Map<string, Cycle>();
  private readonly boardVersions = new Map<string, number>();

  async listBoard(tenantId: string, boardId: string): Promise<Versioned<Cycle[]>> {
    await roundTrip();
    const cycles = [...this.rows.values()].filter((c) => c.tenantId === tenantId && c.boardId === boardId);
    return { value: cycles.map(copy), version: String(this.boardVersions.get(key(tenantId, boardId)) ?? 0) };
  }

  async create(cycle: Cycle, boardVersion: string): Promise<void> {
    await roundTrip();
    const id = key(cycle.tenantId, cycle.id);
    const board = key(cycle.tenantId, cycle.boardId);
    const current = this.boardVersions.get(board) ?? 0;
    if (String(current) !== boardVersion) throw new StaleVersionError();
    if (this.rows.has(id)) throw new Error(`Cycle ${cycle.id} exists already.`);
    this.rows.set(id, copy(cycle));
    this.boardVersions.set(board, current + 1);
  }

  async find(tenantId: string, cycleId: string): Promise<Cycle | undefined> {
    await roundTrip();
    const cycle = this.rows.get(key(tenantId, cycleId));
    return cycle && copy(cycle);
  }

  async list(tenantId: string): Promise<Cycle[]> {
    await roundTrip();
    return [...this.rows.values()].filter((cycle) => cycle.tenantId === tenantId).map(copy);
  }

  async listClosingSince(since: Date): Promise<Cycle[]> {
    await roundTrip();
    return [...this.rows.values()].filter((cycle) => cycle.votingClosesAt >= since).map(copy);
  }
}

class MemoryMembers implements MemberRepository {
  private readonly rows = new Map<string, ItMember>();
  private readonly versions = new Map<string, number>();

  async isItMember(tenantId: string, userId: string): Promise<boolean> {
    await roundTrip();
    return this.rows.has(key(tenantId, userId));
  }

  async addItMember(member: ItMember): Promise<'added' | 'unchanged'> {
    await roundTrip();
    const id = key(member.tenantId, member.userId);
    if (this.rows.has(id)) return 'unchanged';
    this.rows.set(id, copy(member));
    return 'added';
  }

  async removeItMember(tenantId: string, userId: string, version: string): Promise<void> {
    await roundTrip();
    const current = this.versions.get(tenantId) ?? 0;
    if (String(current) !== version || !this.rows.has(key(tenantId, userId))) throw new StaleVersionError();
    this.rows.delete(key(tenantId, userId));
    this.versions.set(tenantId, current + 1);
  }

  async listItMembers(tenantId: string): Promise<ItMember[]> {
    await roundTrip();
    return [...this.rows.values()].filter((m) => m.tenantId === tenantId).map(copy);
  }

  async listItMembersVersioned(tenantId: string): Promise<Versioned<ItMember[]>> {
    await roundTrip();
    const members = [...this.rows.values()].filter((m) => m.tenantId === tenantId).map(copy);
    return { value: members, version: String(this.versions.get(tenantId) ?? 0) };
  }
}

class MemoryPeople implements PeopleRepository {
  private readonly rows = new Map<string, KnownPerson>();

  async remember(person: KnownPerson): Promise<void> {
    await roundTrip();
    this.rows.set(key(person.tenantId, person.userId), copy(person));
  }

  async find(tenantId: string, userId: string): Promise<KnownPerson | undefined> {
    await roundTrip();
    const person = this.rows.get(key(tenantId, userId));
    return person && copy(person);
  }

  async list(tenantId: string): Promise<KnownPerson[]> {
    await roundTrip();
    return [...this.rows.values()].filter((person) => person.tenantId === tenantId).map(copy);
  }
}

class MemorySettings implements SettingsRepository {
  private readonly rows = new Map<string, { settings: TenantSettings; version: number }>();

  async find(tenantId: string): Promise<Versioned<TenantSettings> | undefined> {
    await roundTrip();
    const row = this.rows.get(tenantId);
    return row && { value: copy(row.settings), version: String(row.version) };
  }

  async save(settings: TenantSettings, version: string | null): Promise<void> {
    await roundTrip();
    const row = this.rows.get(settings.tenantId);
    if (version === null ? row !== undefined : row === undefined || String(row.version) !== version) {
      throw new StaleVersionError();
    }
    this.rows.set(settings.tenantId, { settings: copy(settings), version: (row?.version ?? 0) + 1 });
  }
}

class MemoryAudit implements AuditRepository {
  private readonly rows: AuditEntry[] = [];

  async append(entry: AuditEntry): Promise<void> {
    await roundTrip();
    this.rows.push(copy(entry));
  }

  async list(tenantId: string, limit: number): Promise<AuditEntry[]> {
    await roundTrip();
    return this.rows
      .filter((entry) => entry.tenantId === tenantId)
      .sort((a, b) => (a.id < b.id ? 1 : -1))
      .slice(0, limit)
      .map(copy);
  }
}

class MemoryDue implements DueRepository {
  /** Position → entry, as the index's rows; subject → position, as its look-up rows. */
  private readonly positions = new Map<string, DueEntry>();
  private readonly subjects = new Map<string, string>();

  async set(entry: DueEntry, replacing?: DueEntry): Promise<void> {
    await roundTrip();
    const subject = key(entry.kind, entry.tenantId, entry.subjectId);
    const position = key(
      entry.kind,
      String(entry.dueAt.getTime()).padStart(15, '0'),
      entry.tenantId,
      entry.subjectId,
    );
    this.positions.set(position, copy({ ...entry, position }));
    const old = this.subjects.get(subject);
    this.subjects.set(subject, position);
    if (old !== undefined && old !== position) this.positions.delete(old);
    if (replacing?.position !== undefined && replacing.position !== position)
      this.positions.delete(replacing.position);
  }

  async clear(kind: DueKind, tenantId: string, subjectId: string, replacing?: DueEntry): Promise<void> {
    await roundTrip();
    const subject = key(kind, tenantId, subjectId);
    const old = this.subjects.get(subject);
    if (old !== undefined) this.positions.delete(old);
    this.subjects.delete(subject);
    if (replacing?.position !== undefined) this.positions.delete(replacing.position);
  }

  async listDue(kind: DueKind, at: Date, limit: number): Promise<DueEntry[]> {
    await roundTrip();
    return [...this.positions.values()]
      .filter((entry) => entry.kind === kind && entry.dueAt.getTime() <= at.getTime())
      .sort(
        (a, b) => a.dueAt.getTime() - b.dueAt.getTime() || ((a.position ?? '') < (b.position ?? '') ? -1 : 1),
      )
      .slice(0, limit)
      .map(copy);
  }

  async listTenant(kind: DueKind, tenantId: string): Promise<DueEntry[]> {
    await roundTrip();
    return [...this.subjects.values()]
      .map((position) => this.positions.get(position))
      .filter((entry): entry is DueEntry => entry?.kind === kind && entry.tenantId === tenantId)
      .map(copy);
  }
}

/** Pending outbox events, keyed by tenant and key as in Table Storage; versions change on every record. */
class MemoryEvents implements EventOutboxRepository {
  private readonly rows = new Map<string, { event: OutboxEvent; version: number }>();
  private versions = 0;

  async record(event: OutboxEvent): Promise<string> {
    await roundTrip();
    this.versions += 1;
    this.rows.set(key(event.tenantId, event.key), { event: copy(event), version: this.versions });
    return String(this.versions);
  }

  async pending(limit: number): Promise<Versioned<OutboxEvent>[]> {
    await roundTrip();
    return [...this.rows.values()]
      .sort((a, b) => a.event.at.getTime() - b.event.at.getTime())
      .slice(0, limit)
      .map((row) => ({ value: copy(row.event), version: String(row.version) }));
  }

  async settle(event: Pick<OutboxEvent, 'tenantId' | 'key'>, version: string): Promise<boolean> {
    await roundTrip();
    const id = key(event.tenantId, event.key);
    if (String(this.rows.get(id)?.version) !== version) return false;
    this.rows.delete(id);
    return true;
  }
}
