import type { Clock } from '../clock.js';
import { NotFoundError, StaleVersionError, UnavailableError } from '../errors.js';
import type { IdeaRecord } from '../ideas/idea.js';
import { votesChanged } from '../outbox/outboxEvent.js';
import { MAX_VOTE_CHANGES, type Repositories, type Versioned } from '../ports.js';
import {
  applyChanges,
  tallyFromRows,
  VoteChangeRefused,
  votesClosedFor,
  VotesClosedError,
  type IdeaTally,
  type VoteChange,
  type VotesClosed,
} from './tally.js';

/** How long a process goes on committing votes of an idea on one record of its outbox event before refreshing it. */
export const OUTBOX_REFRESH_MS = 20_000;
/** How many transactions one batch may try before the voters are told to come back (each try is one round trip). */
const MAX_ATTEMPTS = 25;
/** How long an idea read for voters is reused: long enough to spare a burst the reads, short enough to see approvals. */
const IDEA_READ_MS = 5_000;
/**
 * Voters a tally may list as unlisted before new batches wait for their lists: more than a burst of hundreds of
 * voters leaves unlisted while their lists are written, and at 128 characters an id, still a quarter of the
 * row's 1 MiB.
 */
export const UNLISTED_HIGH_WATER = 1_000;
const LANES_KEPT = 10_000;
/** Voters whose latest change an idea's lane remembers, to answer their repeat clicks; the oldest go first. */
const KNOWN_KEPT = 5_000;
/** How often one process checks a listed idea's copy of its count against its tally. */
export const COPY_CHECK_MS = 5 * 60_000;
/** Listed ideas checked against their tallies at once in one process (see claimCopyCheck). */
const COPY_CHECKS_AT_ONCE = 4;

export interface VoteOutcome {
  /** The tally as it stood right after this person's change (or right after the batch that found it made). */
  tally: IdeaTally;
  myVote: boolean;
}

/** Told after the idea's votes changed and its idea row's copy follows: the hook for the bot's card edits. */
export type VotesChangedListener = (tally: IdeaTally) => Promise<void>;

interface ListWrite {
  cast: boolean;
  /** In a round being written: the next round leaves it alone. */
  writing: boolean;
}

interface Waiter {
  resolve: (outcome: VoteOutcome) => void;
  reject: (error: unknown) => void;
}

interface Pending {
  userId: string;
  cast: boolean;
  at: Date;
  /** A vote moved by a merge: it lands even on an idea closed to new votes (a merge into a delivered idea). */
  moved: boolean;
  waiters: Waiter[];
  /** Answered already: a repeat click arriving now must not wait on it. */
  settled?: boolean;
}

function answer(pending: Pending, outcome: VoteOutcome | { error: unknown }): void {
  pending.settled = true;
  for (const waiter of pending.waiters) {
    if ('error' in outcome) waiter.reject(outcome.error);
    else waiter.resolve(outcome);
  }
}

/** Everything this process knows of one idea's votes. */
interface Lane {
  tenantId: string;
  ideaId: string;
  queue: Pending[];
  /**
   * Each change queued or in flight, by voter and kind (see changeKey): a repeat click of one not answered yet
   * shares its outcome rather than queueing again, found at once however many voters wait.
   */
  unanswered: Map<string, Pending>;
  running: boolean;
  tally: Versioned<IdeaTally> | undefined;
  /** When this process last started recording the idea's outbox event, or null when it has not. */
  recordedAt: number | null;
  recording: Promise<void> | null;
  /** Each voter's latest change committed here, by tally seq; and the seq through which lists have followed. */
  changedAt: Map<string, number>;
  /** Voters whose list row is still to be written (or proven) after their latest change here. */
  lists: Map<string, ListWrite>;
  /** The latest tally whose changes went to `lists`; and whether the loop writing them runs. */
  followed: IdeaTally | undefined;
  following: boolean;
  /**
   * Each voter's change this process committed (true: voted), true of storage while the tally's version is still
   * `knownAt`: any other writer of the idea's votes changes that version. A repeat of a known change is answered by
   * the next transaction that succeeds If-Match that version, which proves nothing changed meanwhile.
   */
  known: Map<string, boolean>;
  knownAt: string | null;
  copiedThrough: number;
  dispatch: Promise<void>;
  /** Follow-up rounds waiting for the votes queued here to be written first (see whenVotesWritten). */
  quietWaiters: (() => void)[];
  /** A batch waits for the lists to be written (too many unlisted): follow-ups must not wait for it in turn. */
  waitingForLists: boolean;
  idea: { read: Promise<Versioned<IdeaRecord> | undefined>; at: number } | undefined;
}

interface Dependencies {
  repos: Pick<Repositories, 'ideas' | 'votes' | 'events'>;
  clock: Clock;
  faults: { report(error: unknown): void };
}

/**
 * How votes are written: each change is a vote row inserted or deleted in the same transaction as the idea's tally
 * row, guarded by the tally's version (see tally.ts and docs/architecture.md). Exact by construction: a repeat is
 * refused by storage, a tally that moved refuses the whole transaction, and nothing is ever half-written.
 *
 * Within one process, voters of one idea share transactions (group commit): while one transaction is in flight,
 * others queue, and the next transaction carries up to MAX_VOTE_CHANGES of them at once. The tally and its version
 * are kept in memory, so a vote on an idea this process votes on already costs one round trip; a stale version
 * (another process committed) costs a re-read. The idea's outbox event is recorded before the first transaction
 * and refreshed while votes keep coming, so what follows a vote (the idea row's copy, "my votes") is set right by
 * the outbox drainer should this process die before doing it itself.
 */
export class IdeaVotes {
  private readonly lanes = new Map<string, Lane>();
  private readonly listeners: VotesChangedListener[] = [];
  /** Changes committed here whose voter's list row is not written yet, by tenant|user|board, then idea. */
  private readonly unlistedHere = new Map<string, Map<string, boolean>>();

  /** When a listing last had each idea's copy checked here (see claimCopyCheck), oldest first. */
  private readonly copyChecks = new Map<string, number>();
  private copyChecksInFlight = 0;

  constructor(private readonly deps: Dependencies) {}

  /**
   * Whether a listing that showed the idea should check its row's copy against its tally now: not while this
   * process writes the idea's votes or their follow-ups (which bring the copy up themselves), at most once per
   * COPY_CHECK_MS per idea, so a board's first page read by everyone costs two reads an idea every few minutes, and
   * no more than COPY_CHECKS_AT_ONCE at a time in the whole process, so someone paging through a board of thousands
   * adds a few reads in the background, not two per idea shown: ideas left out are checked by a later listing.
   * A claim is given back with `copyCheckDone`.
   */
  claimCopyCheck(tenantId: string, ideaId: string): boolean {
    if (this.copyChecksInFlight >= COPY_CHECKS_AT_ONCE) return false;
    const key = laneKey(tenantId, ideaId);
    const lane = this.lanes.get(key);
    if (lane && (lane.running || lane.following)) return false;
    const now = Date.now();
    const last = this.copyChecks.get(key);
    if (last !== undefined && now - last < COPY_CHECK_MS) return false;
    this.copyChecks.delete(key);
    this.copyChecks.set(key, now);
    if (this.copyChecks.size > LANES_KEPT)
      this.copyChecks.delete(this.copyChecks.keys().next().value as string);
    this.copyChecksInFlight += 1;
    return true;
  }

  copyCheckDone(): void {
    this.copyChecksInFlight -= 1;
  }

  /** Adds a listener told after each change of an idea's votes that this process made. */
  onVotesChanged(listener: VotesChangedListener): void {
    this.listeners.push(listener);
  }

  /**
   * The idea as stored, for voters: a read already made in the last few seconds (or in flight) is reused, so a
   * burst of votes on one idea reads it a handful of times. What a voter needs of it (that it exists, who may see
   * it, where it lives) changes rarely; whether it takes votes is guarded by the tally's version, not by this read.
   */
  readIdea(tenantId: string, ideaId: string): Promise<Versioned<IdeaRecord> | undefined> {
    const lane = this.lane(tenantId, ideaId);
    const now = Date.now();
    if (lane.idea && now - lane.idea.at < IDEA_READ_MS) return lane.idea.read;
    const read = this.deps.repos.ideas.find(tenantId, ideaId);
    const entry = { read, at: now };
    lane.idea = entry;
    // Only an idea everyone may see is kept: one that is missing or awaiting approval may appear any moment.
    const forget = () => {
      if (lane.idea === entry) lane.idea = undefined;
    };
    read.then((found) => (found && !found.value.triage.awaitingApproval ? undefined : forget()), forget);
    return read;
  }

  /**
   * Starts what a first vote on the idea needs besides the idea itself — its tally, its outbox event — so a caller
   * can run them beside its own read of the idea. Costs nothing when the idea is busy in this process already.
   */
  prepare(tenantId: string, ideaId: string): Promise<void> {
    const lane = this.lane(tenantId, ideaId);
    return Promise.all([this.ensureRecorded(lane), lane.tally ? undefined : this.loadTally(lane)]).then(
      () => undefined,
    );
  }

  cast(tenantId: string, ideaId: string, userId: string): Promise<VoteOutcome> {
    return this.submit(this.lane(tenantId, ideaId), userId, true, this.deps.clock.now());
  }

  withdraw(tenantId: string, ideaId: string, userId: string): Promise<VoteOutcome> {
    return this.submit(this.lane(tenantId, ideaId), userId, false, this.deps.clock.now());
  }

  /** The idea's tally as stored now, or undefined when it has none. */
  async currentTally(tenantId: string, ideaId: string): Promise<IdeaTally | undefined> {
    const lane = this.lane(tenantId, ideaId);
    lane.tally = await this.deps.repos.votes.findTally(tenantId, ideaId);
    return lane.tally?.value;
  }

  /**
   * Makes the idea take votes or not as its status says (delivered and duplicate ideas take none). Writing the tally
   * changes its version, so a vote transaction racing this one fails and re-reads: no vote lands after it.
   */
  async followStatus(idea: IdeaRecord): Promise<IdeaTally> {
    const lane = this.lane(idea.tenantId, idea.id);
    const closed = votesClosedFor(idea);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const found = await this.tallyOrRecount(idea);
      if (sameClosure(found.value.closed, closed)) {
        lane.tally = found;
        return found.value;
      }
      const next = { ...found.value, closed, seq: found.value.seq + 1 };
      try {
        const version = await this.deps.repos.votes.saveTally(next, found.version);
        lane.tally = { value: next, version };
        return next;
      } catch (error) {
        if (!(error instanceof StaleVersionError)) throw error;
        await pause(attempt);
      }
    }
    throw busy();
  }

  /**
   * Moves the votes of `from` (closed to votes first, so none arrive meanwhile) to `into`, counted once per
   * person: someone who voted for both keeps one vote. Votes keep their time. Safe to repeat: a move cut short is
   * finished by moving again. Answers `into`'s tally.
   */
  async moveVotes(tenantId: string, from: string, into: string): Promise<IdeaTally | undefined> {
    const voters = await this.deps.repos.votes.voters(tenantId, from);
    const target = this.lane(tenantId, into);
    const source = this.lane(tenantId, from);
    for (let start = 0; start < voters.length; start += MAX_VOTE_CHANGES) {
      const group = voters.slice(start, start + MAX_VOTE_CHANGES);
      await Promise.all(group.map((vote) => this.submit(target, vote.userId, true, vote.castAt, true)));
      await Promise.all(group.map((vote) => this.submit(source, vote.userId, false, this.deps.clock.now())));
    }
    await Promise.all([this.settled(tenantId, from), this.settled(tenantId, into)]);
    return target.tally?.value ?? (await this.currentTally(tenantId, into));
  }

  /**
   * Creates the tally of a new idea with its first votes (its author's), in one transaction with their rows.
   * Answers the tally written.
   */
  async open(idea: IdeaRecord, voters: readonly string[]): Promise<IdeaTally> {
    const now = this.deps.clock.now();
    const lane = this.lane(idea.tenantId, idea.id);
    await this.ensureRecorded(lane);
    const changes = voters.map((userId) => ({ userId, cast: true, at: now }));
    const next = { ...applyChanges(tallyFromRows(idea, [], now), changes, now), unlisted: [...voters] };
    const version = await this.createTally(next, changes);
    lane.tally = { value: next, version };
    for (const userId of voters) lane.changedAt.set(userId, next.seq);
    this.remember(lane, null, version, changes);
    // The idea row was created with these very counts: only the voters' lists are left to follow.
    lane.copiedThrough = next.seq;
    this.follow(lane, next, changes);
    return next;
  }

  /**
   * Writes a new idea's first tally. A try that storage carried out but answered too late is tried again by the
   * storage client and then finds the tally there (the create refused as stale): nobody else can have written the
   * tally of an idea whose id has not left this process, so the one found is this very write, taken as made.
   */
  private async createTally(tally: IdeaTally, changes: readonly VoteChange[]): Promise<string> {
    try {
      return await this.deps.repos.votes.commitVotes(tally, null, changes);
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw error;
      const found = await this.deps.repos.votes.findTally(tally.tenantId, tally.ideaId);
      if (found?.value.seq !== tally.seq || found.value.count !== tally.count) throw error;
      return found.version;
    }
  }

  /** Resolves once every change this process committed on the idea has been followed by its lists and copy. */
  async settled(tenantId: string, ideaId: string): Promise<void> {
    const lane = this.lanes.get(laneKey(tenantId, ideaId));
    if (!lane) return;
    while (lane.running) await pause(1);
    await lane.dispatch;
  }

  private submit(lane: Lane, userId: string, cast: boolean, at: Date, moved = false): Promise<VoteOutcome> {
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject };
      // A repeat click waiting for the same change shares it; an opposite change waits for its turn.
      const key = changeKey(userId, cast, moved);
      const twin = lane.unanswered.get(key);
      if (twin && !twin.settled) twin.waiters.push(waiter);
      else {
        const pending = { userId, cast, at, moved, waiters: [waiter] };
        lane.queue.push(pending);
        lane.unanswered.set(key, pending);
      }
      if (!lane.running) void this.run(lane);
    });
  }

  private async run(lane: Lane): Promise<void> {
    lane.running = true;
    try {
      while (lane.queue.length > 0) {
        const { batch, rest } = takeBatch(lane.queue);
        lane.queue = rest;
        try {
          await this.commit(lane, batch);
        } catch (error) {
          for (const pending of batch) if (!pending.settled) answer(pending, { error });
        } finally {
          for (const pending of batch) {
            const key = changeKey(pending.userId, pending.cast, pending.moved);
            if (lane.unanswered.get(key) === pending) lane.unanswered.delete(key);
          }
        }
      }
    } finally {
      lane.running = false;
      for (const quiet of lane.quietWaiters.splice(0)) quiet();
      this.evict();
    }
  }

  private async commit(lane: Lane, batch: Pending[]): Promise<void> {
    const refused: Pending[] = [];
    let fresh = false;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS && batch.length > 0; attempt++) {
      if (!lane.tally) {
        await this.loadTally(lane);
        fresh = true;
      }
      const found = lane.tally;
      if (!found) throw new NotFoundError('The idea', 'idea_not_found');
      const refusable = (pending: Pending) => pending.cast && !pending.moved;
      if (found.value.closed && batch.some(refusable)) {
        // A closed tally read a while ago may have been opened again since: refuse only on a fresh read.
        if (!fresh) {
          lane.tally = undefined;
          continue;
        }
        const error = new VotesClosedError(found.value.closed);
        for (const pending of batch.filter(refusable)) answer(pending, { error });
        batch = batch.filter((pending) => !refusable(pending));
        if (batch.length === 0) break;
      }
      if (lane.knownAt !== found.version) {
        lane.known.clear();
        lane.knownAt = found.version;
      }
      const repeat = (pending: Pending) => !pending.moved && lane.known.get(pending.userId) === pending.cast;
      const repeats = batch.filter(repeat);
      if (repeats.length === batch.length) {
        // Only repeats: one read of the tally confirms them if its version is still the one they are known at.
        const current = await this.deps.repos.votes.findTally(lane.tenantId, lane.ideaId);
        lane.tally = current;
        fresh = true;
        if (current?.version !== found.version) continue;
        for (const pending of [...batch, ...refused])
          answer(pending, { tally: current.value, myVote: pending.cast });
        return;
      }
      const making = batch.filter((pending) => !repeat(pending));
      await this.ensureRecorded(lane, true);
      const stillUnlisted = found.value.unlisted.filter((userId) => !this.listedHere(lane, userId));
      if (stillUnlisted.length > UNLISTED_HIGH_WATER) {
        lane.waitingForLists = true;
        for (const quiet of lane.quietWaiters.splice(0)) quiet();
        await lane.dispatch.finally(() => (lane.waitingForLists = false));
      }

      const now = this.deps.clock.now();
      const changes: VoteChange[] = making.map(({ userId, cast, at }) => ({
        userId,
        cast,
        at: cast ? at : now,
      }));
      const unlisted = new Set(found.value.unlisted.filter((userId) => !this.listedHere(lane, userId)));
      for (const { userId } of changes) unlisted.add(userId);
      const next: IdeaTally = { ...applyChanges(found.value, changes, now), unlisted: [...unlisted] };
      try {
        const version = await this.deps.repos.votes.commitVotes(next, found.version, changes);
        lane.tally = { value: next, version };
        for (const { userId } of changes) lane.changedAt.set(userId, next.seq);
        for (const userId of lane.changedAt.keys()) {
          if (!unlisted.has(userId)) lane.changedAt.delete(userId);
        }
        this.remember(lane, found.version, version, changes);
        for (const pending of [...batch, ...refused]) {
          answer(pending, { tally: next, myVote: pending.cast });
        }
        this.follow(lane, next, changes);
        return;
      } catch (error) {
        if (error instanceof StaleVersionError) {
          lane.tally = undefined;
          fresh = false;
          await pause(attempt);
        } else if (error instanceof VoteChangeRefused) {
          const out = await this.refusedChanges(lane, making, error.userId);
          if (out.length === 0) {
            lane.tally = undefined;
            fresh = false;
          }
          refused.push(...out);
          batch = batch.filter((pending) => !out.includes(pending));
        } else {
          throw error;
        }
      }
    }
    if (batch.length > 0) throw busy();
    // Every change was there already: each person's vote is as they asked, the tally as it stands.
    const tally = lane.tally?.value ?? (await this.loadTally(lane))?.value;
    if (!tally) throw new NotFoundError('The idea', 'idea_not_found');
    for (const pending of refused) {
      answer(pending, { tally, myVote: pending.cast });
    }
  }

  /**
   * The changes of a refused batch that were made already: the one storage named, and any others found so by
   * reading every other voter's row at once. Repeat clicks tend to come together, so one read of the batch spares
   * a transaction per repeat.
   */
  private async refusedChanges(lane: Lane, batch: Pending[], userId: string | null): Promise<Pending[]> {
    const others = batch.filter((pending) => pending.userId !== userId);
    const present = await Promise.all(
      others.map((pending) => this.deps.repos.votes.has(lane.tenantId, lane.ideaId, pending.userId)),
    );
    const made = others.filter((pending, index) => present[index] === pending.cast);
    return [...batch.filter((pending) => pending.userId === userId), ...made];
  }

  /**
   * Notes changes just committed on the tally version `basedOn` as known at its new `version` (see Lane.known);
   * what was known at another version may be stale, so it is forgotten.
   */
  private remember(
    lane: Lane,
    basedOn: string | null,
    version: string,
    changes: readonly VoteChange[],
  ): void {
    if (lane.knownAt !== basedOn) lane.known.clear();
    for (const { userId, cast } of changes) {
      lane.known.delete(userId);
      lane.known.set(userId, cast);
    }
    lane.knownAt = version;
    for (const userId of lane.known.keys()) {
      if (lane.known.size <= KNOWN_KEPT) break;
      lane.known.delete(userId);
    }
  }

  /** Whether the voter's latest change made here has been followed by their list, and found to stay so. */
  private listedHere(lane: Lane, userId: string): boolean {
    return lane.changedAt.has(userId) && !lane.lists.has(userId);
  }

  /**
   * After the answer: the voters' lists and the idea row's copy follow the tally, then listeners hear of it. Lists
   * are written by one loop per idea, a few at a time, so a burst's list writes never stand in storage's queue
   * between one vote transaction and the next; while a round is written, the next round gathers every change
   * committed meanwhile (a voter's latest only), and one copy of the idea row follows each round. A failure here
   * loses nothing: the tally still lists the voters as unlisted and the idea's outbox event is pending, so the next
   * vote here or the drainer finishes it.
   */
  private follow(lane: Lane, tally: IdeaTally, changes: readonly VoteChange[]): void {
    for (const change of changes) {
      const key = `${tally.tenantId}|${change.userId}|${tally.boardId}`;
      const mine = this.unlistedHere.get(key) ?? new Map<string, boolean>();
      mine.set(tally.ideaId, change.cast);
      this.unlistedHere.set(key, mine);
      lane.lists.delete(change.userId);
      lane.lists.set(change.userId, { cast: change.cast, writing: false });
    }
    if (!lane.followed || tally.seq > lane.followed.seq) lane.followed = tally;
    if (lane.following) return;
    lane.following = true;
    lane.dispatch = this.followRounds(lane).finally(() => {
      lane.following = false;
    });
  }

  private async followRounds(lane: Lane): Promise<void> {
    for (;;) {
      // A round waits a moment to gather what is committed meanwhile: its tally read and copy serve them all.
      await new Promise((resolve) => setTimeout(resolve, FOLLOW_GATHER_MS));
      await this.whenVotesWritten(lane);
      const tally = lane.followed;
      const round = [...lane.lists].filter(([, write]) => !write.writing);
      if (!tally || round.length === 0) return;
      for (const [, write] of round) write.writing = true;
      let unsettled = 0;
      try {
        unsettled = await this.writeLists(lane, tally, round);
        // One copy write covers every commit so far.
        const latest = lane.tally && lane.tally.value.seq > tally.seq ? lane.tally.value : tally;
        if (latest.seq > lane.copiedThrough) {
          await this.deps.repos.ideas.saveVoteCopy(latest);
          lane.copiedThrough = Math.max(lane.copiedThrough, latest.seq);
        }
        await this.tell(latest);
      } catch (error) {
        this.deps.faults.report(error);
        unsettled = 1;
      } finally {
        for (const [, write] of round) write.writing = false;
      }
      // What could not be settled waits for the next vote here or the drainer, rather than spinning now.
      if (unsettled > 0) return;
    }
  }

  /**
   * Resolves once the votes queued on the idea here are written, or after FOLLOW_YIELD_MS at most: while voters wait
   * for their answers, the follow-ups (hundreds of list writes in a burst) leave storage and this process to them,
   * and then catch up in one round. Never while a batch waits for the lists themselves.
   */
  private whenVotesWritten(lane: Lane): Promise<void> {
    if (!lane.running || lane.waitingForLists) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, FOLLOW_YIELD_MS);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      lane.quietWaiters.push(done);
    });
  }

  /**
   * Writes each voter's list as their change left it, then makes sure it stays so: another process's later change
   * of the same voter may have written its list before this write landed. Proof comes cheap when no other process
   * changed the idea's votes since this one's changes (one read of the tally, see Lane.known); otherwise each voter
   * whose change is not proven is read and written again until the list agrees with the vote row read after it.
   * Answers how many voters are left unsettled.
   */
  private async writeLists(lane: Lane, tally: IdeaTally, round: [string, ListWrite][]): Promise<number> {
    const { tenantId, ideaId, boardId } = tally;
    const setList = (userId: string, voted: boolean) =>
      this.deps.repos.votes.setOnVoterList({ tenantId, userId, boardId, ideaId }, voted);
    await inPool(round, ([userId, write]) => setList(userId, write.cast));
    const current = await this.deps.repos.votes.findTally(tenantId, ideaId);
    const proven = (userId: string, write: ListWrite) =>
      current !== undefined && current.version === lane.knownAt && lane.known.get(userId) === write.cast;
    let unsettled = 0;
    await inPool(round, async ([userId, write]) => {
      let written = write.cast;
      let settled = proven(userId, write);
      for (let attempt = 1; !settled && attempt <= ATTEMPTS_TO_LIST; attempt++) {
        const voted = await this.deps.repos.votes.has(tenantId, ideaId, userId);
        settled = voted === written;
        if (!settled) {
          await setList(userId, voted);
          written = voted;
        }
      }
      if (!settled) {
        unsettled += 1;
        return;
      }
      if (lane.lists.get(userId) === write) lane.lists.delete(userId);
      const key = `${tenantId}|${userId}|${boardId}`;
      const mine = this.unlistedHere.get(key);
      // Unless a later change of the same voter is waiting for its own write.
      if (mine?.get(ideaId) === write.cast) mine.delete(ideaId);
      if (mine?.size === 0 && this.unlistedHere.get(key) === mine) this.unlistedHere.delete(key);
    });
    return unsettled;
  }

  private async loadTally(lane: Lane): Promise<Versioned<IdeaTally> | undefined> {
    const found = await this.deps.repos.votes.findTally(lane.tenantId, lane.ideaId);
    if (found) {
      lane.tally = found;
      return found;
    }
    const idea = await this.readIdea(lane.tenantId, lane.ideaId);
    if (!idea) return undefined;
    lane.tally = await this.tallyOrRecount(idea.value);
    return lane.tally;
  }

  /**
   * The ideas on one board this person has voted for: their list, with the changes this process committed and has
   * not written to it yet, so a person sees their own vote in the next listing even before its follow-up ran.
   */
  async votedIdeaIds(tenantId: string, userId: string, boardId: string): Promise<Set<string>> {
    const listed = await this.deps.repos.votes.votedIdeaIds(tenantId, userId, boardId);
    for (const [ideaId, voted] of this.unlistedHere.get(`${tenantId}|${userId}|${boardId}`) ?? []) {
      if (voted) listed.add(ideaId);
      else listed.delete(ideaId);
    }
    return listed;
  }

  /**
   * The idea with the count this process committed last, when its row's copy has not caught up yet: a listing
   * right after a vote shows it.
   */
  withLatestCount(idea: IdeaRecord): IdeaRecord {
    const lane = this.lanes.get(laneKey(idea.tenantId, idea.id));
    const latest = lane?.tally?.value;
    if (!lane || !latest || latest.seq <= lane.copiedThrough) return idea;
    return { ...idea, votes: latest.count, heat: latest.heat, heatAt: latest.heatAt };
  }

  /** Tells this process's listeners that the idea's votes changed (the drainer uses it after a crash). */
  async tell(tally: IdeaTally): Promise<void> {
    await Promise.all(this.listeners.map((listener) => listener(tally)));
  }

  /**
   * The idea's tally, or — for an idea from before tally rows, or whose tally was lost — one counted from its vote
   * rows and written (version null, so of two processes doing this at once, one writes and the other re-reads).
   */
  async tallyOrRecount(idea: IdeaRecord): Promise<Versioned<IdeaTally>> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const found = await this.deps.repos.votes.findTally(idea.tenantId, idea.id);
      if (found) return found;
      const rows = await this.deps.repos.votes.voters(idea.tenantId, idea.id);
      const counted = tallyFromRows(
        idea,
        rows.map((vote) => vote.castAt),
        this.deps.clock.now(),
      );
      // Every voter counted is listed as unlisted: their lists may be missing, and the drainer checks each.
      const tally = { ...counted, unlisted: rows.map((vote) => vote.userId).slice(0, UNLISTED_HIGH_WATER) };
      try {
        await this.deps.repos.events.record(votesChanged(idea.tenantId, idea.id, this.deps.clock.now()));
        return { value: tally, version: await this.deps.repos.votes.saveTally(tally, null) };
      } catch (error) {
        if (!(error instanceof StaleVersionError)) throw error;
      }
    }
    throw busy();
  }

  /**
   * Records the idea's votesChanged event unless this process did so recently. `mustHold`: the caller is about to
   * commit, so a record too old to be trusted (the drainer may settle it) is renewed first.
   */
  private ensureRecorded(lane: Lane, mustHold = false): Promise<void> {
    const now = Date.now();
    if (lane.recordedAt !== null && now - lane.recordedAt < OUTBOX_REFRESH_MS) return Promise.resolve();
    if (lane.recording) return lane.recording;
    if (lane.recordedAt !== null && !mustHold) return Promise.resolve();
    const recording = this.deps.repos.events
      .record(votesChanged(lane.tenantId, lane.ideaId, this.deps.clock.now()))
      .then(() => {
        lane.recordedAt = now;
      })
      .finally(() => {
        lane.recording = null;
      });
    lane.recording = recording;
    return recording;
  }

  private lane(tenantId: string, ideaId: string): Lane {
    const key = laneKey(tenantId, ideaId);
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = {
        tenantId,
        ideaId,
        queue: [],
        unanswered: new Map(),
        running: false,
        tally: undefined,
        recordedAt: null,
        recording: null,
        changedAt: new Map(),
        lists: new Map(),
        followed: undefined,
        following: false,
        known: new Map(),
        knownAt: null,
        copiedThrough: 0,
        dispatch: Promise.resolve(),
        quietWaiters: [],
        waitingForLists: false,
        idea: undefined,
      };
      this.lanes.set(key, lane);
    }
    return lane;
  }

  /** Forgets the ideas voted on longest ago, once many are known; a forgotten idea's next vote reads again. */
  private evict(): void {
    for (const [key, lane] of this.lanes) {
      if (this.lanes.size <= LANES_KEPT) return;
      if (!lane.running && lane.queue.length === 0) this.lanes.delete(key);
    }
  }
}

/**
 * Up to MAX_VOTE_CHANGES changes, at most one per voter: a voter's second change waits for the next batch. One pass
 * over the queue, whatever its length; `rest` keeps the order of what waits.
 */
function takeBatch(queue: readonly Pending[]): { batch: Pending[]; rest: Pending[] } {
  const batch: Pending[] = [];
  const rest: Pending[] = [];
  const voters = new Set<string>();
  for (const pending of queue) {
    if (batch.length < MAX_VOTE_CHANGES && !voters.has(pending.userId)) {
      voters.add(pending.userId);
      batch.push(pending);
    } else {
      rest.push(pending);
    }
  }
  return { batch, rest };
}

/** A change's identity for sharing it: the voter, which way, and whether a merge moves it. */
const changeKey = (userId: string, cast: boolean, moved: boolean): string =>
  `${cast ? '+' : '-'}${moved ? 'm' : ''}|${userId}`;

const sameClosure = (a: VotesClosed | null, b: VotesClosed | null): boolean =>
  a === null || b === null ? a === b : a.status === b.status && a.mergedInto === b.mergedInto;

const laneKey = (tenantId: string, ideaId: string): string => `${tenantId}|${ideaId}`;

const busy = (): UnavailableError =>
  new UnavailableError('The idea is very busy right now. Please try again in a moment.', 1);

/** Another process committed first: back off a little, with jitter, so the processes stop colliding. */
const pause = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 2 * 2 ** attempt)));

/**
 * List writes in flight at once per idea: enough to keep storage busy, few enough that a vote transaction sent
 * meanwhile waits behind a handful of small writes rather than a whole batch's (the profile of a 500-voter burst
 * showed transactions queueing behind 99 list writes at a time).
 */
const WRITES_AT_ONCE = 16;
/**
 * How long a round of follow-ups gathers changes before it is written: votes a few milliseconds apart share one
 * tally read and one copy of the idea row instead of paying three requests each, which otherwise compete with the
 * next vote in storage. Other processes' listings see a count this much later; this process's own at once.
 */
const FOLLOW_GATHER_MS = 50;
/**
 * The longest a round of follow-ups waits for the votes queued behind it: a burst of voters is answered first, and a
 * stream of votes that never pauses still has its lists and copy written about once a second.
 */
const FOLLOW_YIELD_MS = 1_000;
/** Reads and rewrites of one voter's list before leaving it to the next round or the drainer. */
const ATTEMPTS_TO_LIST = 3;

async function inPool<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, items.length) }, worker));
}
