import type { Clock } from '../clock.js';
import { NotFoundError, StaleVersionError, UnavailableError } from '../errors.js';
import type { IdeaRecord } from '../ideas/idea.js';
import { heatAt, heatOf } from '../ideas/ranking.js';
import type { Repositories, Versioned } from '../ports.js';

const MAX_ATTEMPTS = 10;

/**
 * Keeps each idea's vote and comment tallies equal to its vote and comment records.
 *
 * A vote is written as its own record first (one per person, so a repeat or a double-click cannot count twice),
 * then the idea's tally is recounted from those records and saved only if the idea has not changed since it was
 * read. Whoever saves last counted after every vote written before its read, so once the voters are done the
 * tally equals the number of people who voted, however many instances recounted at once.
 *
 * Within one process, recounts of the same idea are coalesced: a caller that arrives while a recount runs waits
 * for the next one, which starts after its own write and so includes it. Hundreds of simultaneous voters on one
 * idea then cost a handful of recounts, not hundreds of competing writes.
 */
export class IdeaTallies {
  private readonly flights = new Map<string, Flight>();
  private readonly reads = new Map<string, Promise<Versioned<IdeaRecord> | undefined>>();

  constructor(
    private readonly repos: Pick<Repositories, 'ideas' | 'votes' | 'comments'>,
    private readonly clock: Clock,
  ) {}

  /**
   * The idea as stored, joining a read of it already under way in this process. For voters only: a burst of votes
   * on one idea then reads it a handful of times instead of once per voter. What a voter needs of it (that it
   * exists, who may see it, where it lives) does not change between two reads in flight together, and the count
   * comes from the recount, which reads again after the voter's write whenever it does not start from this read.
   */
  read(tenantId: string, ideaId: string): Promise<Versioned<IdeaRecord> | undefined> {
    const key = `${tenantId}|${ideaId}`;
    const inFlight = this.reads.get(key);
    if (inFlight) return inFlight;
    const read = this.repos.ideas.find(tenantId, ideaId);
    this.reads.set(key, read);
    void read.then(ignore, ignore).then(() => this.reads.delete(key));
    return read;
  }

  /**
   * Resolves to the idea with tallies that include every write its caller finished before calling. `read` is the
   * idea as the caller already read it, if it did: a recount that starts at once can begin from it.
   */
  refresh(tenantId: string, ideaId: string, read?: Versioned<IdeaRecord>): Promise<IdeaRecord> {
    const key = `${tenantId}|${ideaId}`;
    const flight = this.flights.get(key);
    if (!flight) return this.start(key, tenantId, ideaId, read);
    flight.queued ??= flight.current.then(ignore, ignore).then(() => this.start(key, tenantId, ideaId));
    return flight.queued;
  }

  private start(
    key: string,
    tenantId: string,
    ideaId: string,
    read?: Versioned<IdeaRecord>,
  ): Promise<IdeaRecord> {
    const current = this.recount(tenantId, ideaId, read);
    const flight: Flight = { current };
    this.flights.set(key, flight);
    void current.then(ignore, ignore).then(() => {
      if (this.flights.get(key) === flight) this.flights.delete(key);
    });
    return current;
  }

  private async recount(tenantId: string, ideaId: string, read?: Versioned<IdeaRecord>): Promise<IdeaRecord> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      // Counting after the read is what makes the conditional save safe, whenever the read happened.
      const found = attempt === 1 && read ? read : await this.repos.ideas.find(tenantId, ideaId);
      if (!found) throw new NotFoundError('The idea');
      const [tally, commentCount] = await Promise.all([
        this.repos.votes.tally(tenantId, ideaId),
        this.repos.comments.count(tenantId, ideaId),
      ]);
      const now = this.clock.now();
      const stored = found.value;
      const heat = heatOf(tally.castTimes, now);
      const unchanged =
        stored.votes === tally.count &&
        stored.commentCount === commentCount &&
        Math.abs(heatAt(stored, now) - heat) < 1e-9 * Math.max(1, heat);
      if (unchanged) return stored;
      const updated: IdeaRecord = { ...stored, votes: tally.count, commentCount, heat, heatAt: now };
      try {
        await this.repos.ideas.saveTallies(updated, found.version);
        return updated;
      } catch (error) {
        if (!(error instanceof StaleVersionError)) throw error;
        await pause(attempt);
      }
    }
    throw new UnavailableError('The idea is very busy right now. Please try again in a moment.', 1);
  }
}

interface Flight {
  current: Promise<IdeaRecord>;
  queued?: Promise<IdeaRecord>;
}

const ignore = (): void => undefined;

/** Another instance saved first: back off a little, with jitter, so the instances stop colliding. */
const pause = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(200, 5 * 2 ** attempt)));
