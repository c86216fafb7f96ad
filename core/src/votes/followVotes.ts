import type { IdeaBarContext } from '../context.js';
import { StaleVersionError } from '../errors.js';
import { inGroups } from '../inGroups.js';
import type { IdeaRecord } from '../ideas/idea.js';
import type { IdeaTally } from './tally.js';
import { votesClosedFor } from './tally.js';

/** What bringing one idea's votes right changed; all zero when everything already followed its tally. */
export interface VotesFollowed {
  /** The idea had no tally row (data from before tally rows): one was counted from its vote rows. */
  tallyCreated: number;
  /** The tally said the idea takes votes while its status said otherwise, or the reverse. */
  closureFixed: number;
  /** The tally disagreed with the vote rows it counts (repair only; a vote transaction cannot cause it). */
  countFixed: number;
  /** The idea row's copy of the count was behind its tally. */
  copyFixed: number;
  /** Voters' "my votes" rows written or removed to match their vote rows. */
  listsSet: number;
}

const nothing = (): VotesFollowed => ({
  tallyCreated: 0,
  closureFixed: 0,
  countFixed: 0,
  copyFixed: 0,
  listsSet: 0,
});

const ATTEMPTS = 5;
const WRITES_AT_ONCE = 16;

/**
 * Whether what follows an idea's tally is behind it: the idea row's copy of the count, the voters' lists (the tally
 * still names unlisted voters), or whether it takes votes. Also true of an idea without a tally (data from before
 * tally rows, or a tally lost).
 */
export function behindTally(idea: IdeaRecord, tally: IdeaTally | undefined): boolean {
  return !tally || tally.count !== idea.votes || tally.unlisted.length > 0 || !sameClosure(tally, idea);
}

/**
 * After a listing has answered: each idea of its first page is read again with its tally, unless this process
 * checked it lately, writes its votes itself or runs four such checks already (see IdeaVotes.claimCopyCheck), and
 * is brought up to its tally when found behind. A copy can fall behind only when a vote's follow-up and its outbox event were
 * both lost, or with data from before tally rows; the listing that finds it shows the old count, the next one the
 * right count. The listing never waits for this, and a failure is reported and left to the next listing.
 */
export async function followListed(
  ctx: IdeaBarContext,
  tenantId: string,
  ideaIds: readonly string[],
): Promise<number> {
  const claimed = ideaIds.filter((ideaId) => ctx.votes.claimCopyCheck(tenantId, ideaId));
  const behind = await Promise.all(
    claimed.map(async (ideaId) => {
      try {
        const [idea, tally] = await Promise.all([
          ctx.repos.ideas.find(tenantId, ideaId),
          ctx.repos.votes.findTally(tenantId, ideaId),
        ]);
        if (!idea || !behindTally(idea.value, tally?.value)) return false;
        await followVotes(ctx, tenantId, ideaId);
        return true;
      } catch (error) {
        ctx.faults.report(error);
        return false;
      } finally {
        ctx.votes.copyCheckDone();
      }
    }),
  );
  return behind.filter(Boolean).length;
}

/**
 * The handler of a votesChanged outbox event, and what a first touch of old data runs: brings everything that
 * follows an idea's tally up to it. It re-derives from what is stored — the tally, the vote rows of the voters the
 * tally lists as unlisted, the idea's status — never from the event, so it converges wherever and however often it
 * runs. `everyVoter`: check every voter's list and recount the rows (the one-off repair), not only the unlisted.
 */
export async function followVotes(
  ctx: IdeaBarContext,
  tenantId: string,
  ideaId: string,
  options: { everyVoter?: boolean } = {},
): Promise<VotesFollowed> {
  const done = nothing();
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const idea = await ctx.repos.ideas.find(tenantId, ideaId);
    if (!idea) return done;
    const before = await ctx.repos.votes.findTally(tenantId, ideaId);
    if (!before) done.tallyCreated = 1;
    let found = before ?? (await ctx.votes.tallyOrRecount(idea.value));
    if (!sameClosure(found.value, idea.value)) {
      await ctx.votes.followStatus(idea.value);
      done.closureFixed = 1;
      continue;
    }
    let checked = found.value.unlisted;
    if (options.everyVoter) {
      const rows = await ctx.repos.votes.voters(tenantId, ideaId);
      checked = [...new Set([...checked, ...rows.map((vote) => vote.userId)])];
      if (rows.length !== found.value.count) {
        const next = { ...found.value, count: rows.length, seq: found.value.seq + 1 };
        try {
          found = { value: next, version: await ctx.repos.votes.saveTally(next, found.version) };
          done.countFixed = 1;
        } catch (error) {
          if (error instanceof StaleVersionError) continue;
          throw error;
        }
      }
    }
    done.listsSet += await setLists(ctx, found.value, checked);
    if (idea.value.votes !== found.value.count) done.copyFixed = 1;
    await ctx.repos.ideas.saveVoteCopy(found.value);
    if (found.value.unlisted.length === 0) return done;
    try {
      await ctx.repos.votes.saveTally({ ...found.value, unlisted: [] }, found.version);
      await ctx.votes.tell(found.value);
      return done;
    } catch (error) {
      // A vote committed meanwhile: go round again, as its voters are unlisted now.
      if (!(error instanceof StaleVersionError)) throw error;
    }
  }
  return done;
}

/** Each voter's list row follows their vote row: there when they voted, gone when not. Answers how many changed. */
async function setLists(ctx: IdeaBarContext, tally: IdeaTally, userIds: readonly string[]): Promise<number> {
  let changed = 0;
  await inGroups(userIds, WRITES_AT_ONCE, async (userId) => {
    const entry = { tenantId: tally.tenantId, userId, boardId: tally.boardId, ideaId: tally.ideaId };
    // Two point reads: reading the voter's whole list instead cost a voter of thousands of ideas thousands of rows
    // for each idea followed (bench:tab's seeding author, 5,000 ideas each followed by the drainer, swamped storage).
    const [voted, listed] = await Promise.all([
      ctx.repos.votes.has(tally.tenantId, tally.ideaId, userId),
      ctx.repos.votes.isOnVoterList(entry),
    ]);
    if (listed === voted) return;
    await ctx.repos.votes.setOnVoterList(entry, voted);
    changed += 1;
  });
  return changed;
}

const sameClosure = (tally: IdeaTally, idea: IdeaRecord): boolean => {
  const closed = votesClosedFor(idea);
  const stored = tally.closed;
  if (closed === null || stored === null) return closed === stored;
  return closed.status === stored.status && closed.mergedInto === stored.mergedInto;
};
