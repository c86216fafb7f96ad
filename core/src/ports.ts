import type { Board } from './boards/board.js';
import type { Comment } from './comments/comment.js';
import type { Cycle } from './cycles/cycle.js';
import type { KnownPerson } from './people/knownPerson.js';
import type { AuditEntry, TenantSettings } from './settings/tenantSettings.js';
import type { IdeaRecord, StatusChange } from './ideas/idea.js';
import type { ConversationRecord } from './notifications/conversation.js';
import type { OutboxClaim, OutboxEntry, OutboxKey } from './notifications/outbox.js';
import type { PostedCard, PostedCardKey } from './notifications/postedCard.js';
import type { OutboxEvent } from './outbox/outboxEvent.js';
import type { SavedResponse } from './savedResponses/savedResponse.js';
import type { IdeaTally, VoteChange } from './votes/tally.js';

/**
 * The storage IdeaBar needs, by what the domain asks of it. Every method takes the tenant first: there is no way
 * to name a record without naming its tenant, so one tenant's calls can never reach another's rows.
 *
 * Two implementations pass the same contract tests: Table Storage (api/) and memory (for unit tests).
 */

export interface Versioned<T> {
  value: T;
  /** Opaque; pass it back to a conditional write. */
  version: string;
}

export interface Page<T> {
  items: T[];
  /** Where the next page starts, or null when there is none. */
  next: string | null;
}

export interface BoardRepository {
  find(tenantId: string, boardId: string): Promise<Board | undefined>;
  list(tenantId: string): Promise<Board[]>;
  /** Creates the board unless one with its id exists; returns the stored board either way. */
  createIfMissing(board: Board): Promise<{ board: Board; created: boolean }>;
  /** The board with the version a conditional save needs. */
  findVersioned(tenantId: string, boardId: string): Promise<Versioned<Board> | undefined>;
  /** Writes the board only if it is still at `version`; otherwise throws StaleVersionError. */
  save(board: Board, version: string): Promise<void>;
}

export interface IdeaRepository {
  create(idea: IdeaRecord): Promise<void>;
  find(tenantId: string, ideaId: string): Promise<Versioned<IdeaRecord> | undefined>;
  /** Every idea on a board, in no particular order. */
  listBoard(tenantId: string, boardId: string): Promise<IdeaRecord[]>;
  /**
   * Every tenant's ideas IT has not answered yet (still `new`: every other status is reached by an answer). The
   * store filters, but reads every idea to do so: for the one-off `npm run repair` only; timers read DueRepository.
   */
  listUnanswered(): Promise<IdeaRecord[]>;
  /**
   * Writes the idea only if it is still at `version`; otherwise throws StaleVersionError. Its copy of the vote
   * count (`votes`, `heat`, `heatAt`) is left as stored: only `saveVoteCopy` writes it, from the tally.
   */
  save(idea: IdeaRecord, version: string): Promise<void>;
  /**
   * Writes ideas of one board all or nothing, each only if it is still at its version (one transaction in Table
   * Storage, as a board's ideas share a partition): if any changed since it was read, StaleVersionError and none
   * is written. A decision about two ideas, such as a merge, is made on both as they were read, or not at all.
   * Like `save`, it leaves each idea's copy of its vote count as stored.
   */
  saveTogether(writes: readonly Versioned<IdeaRecord>[]): Promise<void>;
  /** Writes the comment count only if the idea is still at `version`; otherwise throws StaleVersionError. */
  saveCommentCount(
    idea: Pick<IdeaRecord, 'tenantId' | 'id' | 'boardId' | 'commentCount'>,
    version: string,
  ): Promise<void>;
  /**
   * Brings the idea's copy of its tally (for listing and sorting) to `tally`, unless the copy already follows that
   * tally or a later one. Nothing when the idea is not there.
   */
  saveVoteCopy(tally: IdeaTally): Promise<void>;
}

export interface Vote {
  tenantId: string;
  ideaId: string;
  userId: string;
  castAt: Date;
}

/** One line of a voter's own list of the ideas they voted for, on one board. */
export interface VoterListEntry {
  tenantId: string;
  userId: string;
  boardId: string;
  ideaId: string;
}

export interface VoteTally {
  count: number;
  castTimes: Date[];
}

export interface VoteRepository {
  /** The idea's tally with the version a vote transaction needs; undefined when it has none yet. */
  findTally(tenantId: string, ideaId: string): Promise<Versioned<IdeaTally> | undefined>;
  /**
   * One all-or-nothing transaction: each change inserts (cast) or deletes (withdraw) its voter's vote row, and the
   * tally is written as `tally`, only if it is still at `version` (null: only if it has none yet). Answers the
   * tally's new version. Throws StaleVersionError when the tally moved, VoteChangeRefused when a cast finds its
   * vote there or a withdrawal finds none; either way nothing of it was written. At most MAX_VOTE_CHANGES changes.
   */
  commitVotes(tally: IdeaTally, version: string | null, changes: readonly VoteChange[]): Promise<string>;
  /** Writes the tally alone, on the same terms as commitVotes. */
  saveTally(tally: IdeaTally, version: string | null): Promise<string>;
  /** The person's vote for the idea, with when it was cast. */
  find(tenantId: string, ideaId: string, userId: string): Promise<Vote | undefined>;
  /**
   * A vote row alone, without its tally: how data from before tallies looked. For repair and its tests only;
   * 'unchanged' when this person's vote was already there.
   */
  add(vote: Vote): Promise<'added' | 'unchanged'>;
  /**
   * Keeps the voter's own list in step with their vote records, so a board listing can show "my vote" without
   * reading every idea. Safe to repeat; it follows the vote records, never leads them.
   */
  setOnVoterList(entry: VoterListEntry, voted: boolean): Promise<void>;
  /** Whether this one idea is on the voter's list: one row read, however many ideas the list holds. */
  isOnVoterList(entry: VoterListEntry): Promise<boolean>;
  has(tenantId: string, ideaId: string, userId: string): Promise<boolean>;
  /** Everyone who voted for the idea, with when. */
  voters(tenantId: string, ideaId: string): Promise<Vote[]>;
  /** Counts the vote records themselves, reading every one: for repair, never on the vote path. */
  tally(tenantId: string, ideaId: string): Promise<VoteTally>;
  /** The ideas on one board this person has voted for. */
  votedIdeaIds(tenantId: string, userId: string, boardId: string): Promise<Set<string>>;
}

/** Entities in one transaction: Table Storage's limit of 100, less the tally row. */
export const MAX_VOTE_CHANGES = 99;

/**
 * The durable record of work that must follow a change even if the process dies right after it (see
 * core/src/outbox/). An event is recorded before the change it follows; recording the same key again refreshes it.
 */
export interface EventOutboxRepository {
  /** Creates or refreshes the event; answers its version. */
  record(event: OutboxEvent): Promise<string>;
  /** Every tenant's pending events, oldest first, at most `limit`. */
  pending(limit: number): Promise<Versioned<OutboxEvent>[]>;
  /** Removes the event if it is still at `version` (not refreshed since it was read); false when it was. */
  settle(event: Pick<OutboxEvent, 'tenantId' | 'key'>, version: string): Promise<boolean>;
}

export interface CommentRepository {
  add(comment: Comment): Promise<void>;
  /** The comment, if it was written: how a commented event tells a comment made from one that failed. */
  find(tenantId: string, ideaId: string, commentId: string): Promise<Comment | undefined>;
  /** Oldest first; `after` is a comment id from a previous page. */
  list(
    tenantId: string,
    ideaId: string,
    options: { after: string | null; limit: number },
  ): Promise<Page<Comment>>;
  count(tenantId: string, ideaId: string): Promise<number>;
}

export interface StatusHistoryRepository {
  /** Idempotent: appending a change whose id is there already changes nothing. */
  append(change: StatusChange): Promise<void>;
  /** Oldest first. */
  list(tenantId: string, ideaId: string): Promise<StatusChange[]>;
}

export interface ItMember {
  tenantId: string;
  userId: string;
  name: string;
  addedAt: Date;
}

export interface MemberRepository {
  isItMember(tenantId: string, userId: string): Promise<boolean>;
  /** Adds the member; 'unchanged' when they were one already. */
  addItMember(member: ItMember): Promise<'added' | 'unchanged'>;
  /**
   * Removes the member only if the tenant's IT members are still at `version` (as listItMembersVersioned read
   * them), moving it on; otherwise StaleVersionError and nobody is removed. Two removals read against the same
   * members cannot both pass a check that someone stays.
   */
  removeItMember(tenantId: string, userId: string, version: string): Promise<void>;
  listItMembers(tenantId: string): Promise<ItMember[]>;
  /** The IT members, with the version a removal is conditional on. */
  listItMembersVersioned(tenantId: string): Promise<Versioned<ItMember[]>>;
}

/** The people IdeaBar has met in each tenant (see people/knownPerson.ts). */
export interface PeopleRepository {
  /** Creates or replaces the person's row. */
  remember(person: KnownPerson): Promise<void>;
  find(tenantId: string, userId: string): Promise<KnownPerson | undefined>;
  /** Everyone known in the tenant, in no particular order. */
  list(tenantId: string): Promise<KnownPerson[]>;
}

export interface CycleRepository {
  /** The board's cycles, with the version that opening another cycle on the board is conditional on. */
  listBoard(tenantId: string, boardId: string): Promise<Versioned<Cycle[]>>;
  /**
   * Creates the cycle only if its board's cycles are still at `boardVersion` (as listBoard read them), and moves
   * that version on; otherwise StaleVersionError and nothing is written. Two cycles opened on one board at once
   * therefore cannot both pass a check made against the board's cycles without the other.
   */
  create(cycle: Cycle, boardVersion: string): Promise<void>;
  find(tenantId: string, cycleId: string): Promise<Cycle | undefined>;
  /** The tenant's cycles, on every board. */
  list(tenantId: string): Promise<Cycle[]>;
  /**
   * Every tenant's cycles whose voting closes at or after `since`, by a scan of every tenant's cycles: for the
   * one-off `npm run repair` only; the cycle timer reads DueRepository.
   */
  listClosingSince(since: Date): Promise<Cycle[]>;
}

/** What a timer keeps an index of: ideas waiting for a nudge, cycles waiting for their next moment. */
export type DueKind = 'nudge' | 'cycle';

/** One thing that comes due: the idea or cycle `subjectId` of a tenant, at `dueAt`. */
export interface DueEntry {
  kind: DueKind;
  tenantId: string;
  subjectId: string;
  dueAt: Date;
  /** Where listDue found it; absent on an entry about to be written. */
  position?: string;
}

/**
 * The index of what comes due, so a timer reads what is due rather than every idea or cycle of every tenant. One
 * entry per subject; the use cases that change a subject keep its entry, and a timer checks every entry it reads
 * against its subject (an entry is a hint, never the truth), so one left behind by a crash is dropped, not obeyed.
 */
export interface DueRepository {
  /**
   * Puts the subject's entry at `entry.dueAt`, moving it from where it was; `replacing`, an entry listDue found for
   * the same subject, goes too. Safe to repeat.
   */
  set(entry: DueEntry, replacing?: DueEntry): Promise<void>;
  /** Takes the subject out of the index (and `replacing`, as in set); nothing when it was not there. */
  clear(kind: DueKind, tenantId: string, subjectId: string, replacing?: DueEntry): Promise<void>;
  /** Every tenant's entries of the kind due at or before `at`, earliest first, at most `limit`. */
  listDue(kind: DueKind, at: Date, limit: number): Promise<DueEntry[]>;
  /** One tenant's entries of the kind, in no particular order: for re-placing them when the tenant's rules change. */
  listTenant(kind: DueKind, tenantId: string): Promise<DueEntry[]>;
}

/**
 * A board's saved responses, kept as one small set with a version (like a board's cycles): every change is
 * conditional on the set it was checked against, so two IT members adding the same title at once, or one adding
 * past the limit while another adds too, cannot both be written.
 */
export interface SavedResponseRepository {
  /** The board's saved responses, in no particular order, with the version a change is conditional on. */
  listBoard(tenantId: string, boardId: string): Promise<Versioned<SavedResponse[]>>;
  /**
   * Creates or replaces the response, only if its board's set is still at `version` (as listBoard read it), and
   * moves that version on; otherwise StaleVersionError and nothing is written.
   */
  save(response: SavedResponse, version: string): Promise<void>;
  /** Removes the response on the same terms; StaleVersionError also when it is not there. */
  remove(tenantId: string, boardId: string, responseId: string, version: string): Promise<void>;
}

export interface SettingsRepository {
  find(tenantId: string): Promise<Versioned<TenantSettings> | undefined>;
  /** Creates (version null) or replaces the settings, only if they are still at `version`; else StaleVersionError. */
  save(settings: TenantSettings, version: string | null): Promise<void>;
}

export interface AuditRepository {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  list(tenantId: string, limit: number): Promise<AuditEntry[]>;
}

export interface Repositories {
  boards: BoardRepository;
  ideas: IdeaRepository;
  votes: VoteRepository;
  comments: CommentRepository;
  history: StatusHistoryRepository;
  members: MemberRepository;
  cycles: CycleRepository;
  settings: SettingsRepository;
  audit: AuditRepository;
  due: DueRepository;
  events: EventOutboxRepository;
  savedResponses: SavedResponseRepository;
  people: PeopleRepository;
}

/*
 * What the bot keeps beside the domain: where it may speak, who follows an idea, what it has sent and where its
 * idea cards are. Separate from Repositories because only hosts of the bot need them.
 */

export interface ConversationRepository {
  /** Creates or replaces the record with its tenant and key. */
  save(record: ConversationRecord): Promise<'created' | 'updated'>;
  find(tenantId: string, key: string): Promise<ConversationRecord | undefined>;
  remove(tenantId: string, key: string): Promise<void>;
  /** The tenant's conversations that belong to a board (its channels), in no particular order. */
  listForBoard(tenantId: string, boardId: string): Promise<ConversationRecord[]>;
  /** Every board channel of every tenant, for the digest. */
  listBoardChannels(): Promise<ConversationRecord[]>;
}

export interface FollowerRepository {
  set(tenantId: string, ideaId: string, userId: string, following: boolean): Promise<void>;
  has(tenantId: string, ideaId: string, userId: string): Promise<boolean>;
  list(tenantId: string, ideaId: string): Promise<string[]>;
}

export interface OutboxRepository {
  /**
   * Takes the entry for `runId` with a lease until `leaseUntil`, creating it if it is new, unless it is sent, gone,
   * or held by another run whose lease has not run out. Two runs never both get the same entry.
   */
  claim(key: OutboxKey, runId: string, now: Date, leaseUntil: Date): Promise<OutboxClaim>;
  /** Records the outcome, if `runId` still holds the entry; false when it no longer does. */
  settle(
    key: OutboxKey,
    runId: string,
    outcome: { state: 'sent' | 'gone' | 'failed'; attempts: number; detail: string | null; at: Date },
  ): Promise<boolean>;
  find(key: OutboxKey): Promise<OutboxEntry | undefined>;
}

export interface PostedCardRepository {
  /**
   * Remembers a shared card; recording the same message again replaces it. Keeps the newest POSTED_CARDS_KEPT of
   * the idea and lets older ones go.
   */
  record(card: PostedCard): Promise<void>;
  /** The idea's cards, newest first, at most POSTED_CARDS_KEPT. */
  list(tenantId: string, ideaId: string): Promise<PostedCard[]>;
  /** Forgets a message that is gone (deleted in Teams, or the bot removed); nothing when it was not recorded. */
  remove(key: PostedCardKey): Promise<void>;
}

/**
 * A moment one process of the bot has taken to send at (a whole millisecond since the epoch), and which process took
 * it (a short name without commas).
 */
export interface SendSlot {
  at: number;
  by: string;
}

/**
 * Refuses slots a ledger could not keep exactly, before anything is written: Table Storage keeps a ledger as one
 * compact text of whole milliseconds and comma-separated names, where a fraction or a comma would make the whole
 * ledger unreadable. Both stores call it, so the in-memory twin refuses what Table Storage would garble.
 */
export function checkSendSlots(slots: readonly SendSlot[]): void {
  const bad = slots.find(({ at, by }) => !Number.isSafeInteger(at) || by === '' || by.includes(','));
  if (bad) throw new Error(`Refusing to store the send slot ${JSON.stringify(bad)}: a whole ms and a name.`);
}

/**
 * Teams' rates shared by every process of the bot: one ledger of taken send slots per conversation and one per
 * tenant (the app's tenant-wide rate), read, then replaced only if no other process wrote it since. The arithmetic
 * of what may be taken is the bot's (bot/src/outbox/sendSlots.ts); storage only keeps the ledger whole.
 */
export interface SendSlotRepository {
  /** The ledger's slots, oldest first, with the version a write needs; undefined while it has none. */
  read(tenantId: string, ledger: string): Promise<Versioned<SendSlot[]> | undefined>;
  /**
   * Replaces the ledger's slots if it is still at `version` (null: only if it does not exist yet). Answers the new
   * version, which differs from every earlier one, or null when another process wrote first (or `version` was never
   * this ledger's) and nothing was written. Throws, writing nothing, on slots `checkSendSlots` refuses.
   */
  write(tenantId: string, ledger: string, slots: SendSlot[], version: string | null): Promise<string | null>;
}

export interface NotificationRepositories {
  conversations: ConversationRepository;
  followers: FollowerRepository;
  outbox: OutboxRepository;
  /** Where the bot posted each idea's shared card, so the card can follow the idea. */
  postedCards: PostedCardRepository;
  /** The send slots every process of the bot takes before it speaks, so Teams' rates hold across processes. */
  sendSlots: SendSlotRepository;
}
