import { z } from 'zod';
import { DEFAULT_BOARD_ID } from '../boards/board.js';
import { resolveBoard } from '../boards/resolveBoard.js';
import type { IdeaBarContext } from '../context.js';
import type { Cycle } from '../cycles/cycle.js';
import { shortlistOf } from '../cycles/shortlist.js';
import { ValidationError } from '../errors.js';
import { idSchema, type Caller } from '../identity.js';
import { IDEA_LIMITS, viewOf, type IdeaRecord, type IdeaView } from '../ideas/idea.js';
import { STATUS_FILTERS, statusMatches } from '../ideas/workflow.js';
import { compareKeys, SORTS, sortKeyOf, type Sort, type SortKey } from '../ideas/ranking.js';
import { decodeCursor, encodeCursor } from '../listing/cursor.js';
import { limitSchema } from '../listing/limit.js';
import { matcherFor } from '../listing/textMatch.js';
import { parseInput } from '../validation.js';
import { followListed } from '../votes/followVotes.js';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'Leave it out, or enter some text.')
    .max(max, `Use at most ${max} characters.`)
    .optional();

/** `true` or `false` in a query string; absent means no filter. */
const flag = z
  .enum(['true', 'false'], { error: 'Use true or false.' })
  .transform((value) => value === 'true')
  .optional();

export const listIdeasQuery = z.object({
  boardId: idSchema.optional(),
  /** A status, `open` (new, under review, planned, in progress) or `finished` (delivered, declined, duplicate). */
  status: z.enum(STATUS_FILTERS, { error: `Use one of: ${STATUS_FILTERS.join(', ')}.` }).optional(),
  category: optionalText(IDEA_LIMITS.categoryMax),
  tag: optionalText(IDEA_LIMITS.tagMax),
  q: optionalText(200),
  mine: flag,
  voted: flag,
  /** Only the ideas of this planning cycle; without `boardId`, the board is the cycle's. */
  cycleId: idSchema.optional(),
  /** `true`: only the cycle's shortlist (see shortlistOf); `false`: only its other ideas. Needs `cycleId`. */
  shortlist: flag,
  sort: z.enum(SORTS, { error: `Use one of: ${SORTS.join(', ')}.` }).default('top'),
  limit: limitSchema,
  cursor: z.string().max(1_000, 'This cursor is not one IdeaBar gave out.').optional(),
});
export type ListIdeasQuery = z.output<typeof listIdeasQuery>;

export interface IdeaPage {
  items: IdeaView[];
  nextCursor: string | null;
  /** How many ideas match the query in all, across every page. */
  total: number;
}

/**
 * One page of a board, filtered and sorted. The first page reads the board and keeps the ordered result as a
 * snapshot; the cursor it hands out pages through that snapshot, or through a fresh read positioned by sort key
 * when the snapshot is no longer here.
 */
export async function listIdeas(ctx: IdeaBarContext, caller: Caller, query: unknown): Promise<IdeaPage> {
  const parsed = parseInput(listIdeasQuery, query, 'query');
  if (parsed.shortlist !== undefined && parsed.cycleId === undefined) {
    throw new ValidationError([
      { field: 'shortlist', message: 'Name the planning cycle (cycleId) whose shortlist to show.' },
    ]);
  }
  const cursor = parsed.cursor === undefined ? undefined : decodeCursor(parsed.cursor);
  const at = cursor?.at ?? ctx.clock.now();
  const scope = scopeOf(caller, parsed.boardId ?? DEFAULT_BOARD_ID, parsed);
  // A kept listing reads no storage at all: it was made from one read, for this very scope.
  const kept = cursor && ctx.listings.find(cursor.snapshotId, scope);
  if (cursor && kept) return pageOf(kept.ideas, cursor.offset, parsed, at, cursor.snapshotId, kept.voted);

  const cycle = parsed.cycleId === undefined ? undefined : await cycleNamed(ctx, caller, parsed);
  const boardId = parsed.boardId ?? cycle?.boardId ?? DEFAULT_BOARD_ID;
  const board = await resolveBoard(ctx, caller.tenantId, boardId);
  const [stored, voted] = await Promise.all([
    ctx.repos.ideas.listBoard(caller.tenantId, board.id),
    ctx.votes.votedIdeaIds(caller.tenantId, caller.userId, boardId),
  ]);
  const read = stored.map((idea) => ctx.votes.withLatestCount(idea));
  const visible = await visibleTo(ctx, caller, read);
  const shortlisted =
    cycle && parsed.shortlist !== undefined
      ? new Set(shortlistOf(cycle, read, at).map((idea) => idea.id))
      : undefined;
  const ordered = order(visible.filter(filterFor(parsed, caller, voted, shortlisted)), parsed.sort, at);
  const start = cursor ? firstAfter(ordered, cursor.after, parsed.sort, at) : 0;
  let snapshotId: string | undefined;
  if (start + parsed.limit < ordered.length) {
    // The server's clock, never the cursor's time: a forged far-future time would push the shared id source past
    // what an id can hold, and every id after it (ideas, comments) would fail until the process restarts.
    snapshotId = ctx.ids.next(ctx.clock.now());
    ctx.listings.keep(snapshotId, { scope, board: `${caller.tenantId}|${board.id}`, read, ordered, voted });
  }
  // The first page's ideas, the ones most people see, are checked against their tallies after the answer.
  if (!cursor)
    void followListed(
      ctx,
      caller.tenantId,
      ordered.slice(0, parsed.limit).map((idea) => idea.id),
    );
  return pageOf(ordered, start, parsed, at, snapshotId, voted);
}

function pageOf(
  ordered: IdeaRecord[],
  start: number,
  query: ListIdeasQuery,
  at: Date,
  snapshotId: string | undefined,
  voted: Set<string>,
): IdeaPage {
  const end = start + query.limit;
  const page = ordered.slice(start, end);
  const last = page.at(-1);
  return {
    items: page.map((idea) => viewOf(idea, voted.has(idea.id))),
    total: ordered.length,
    nextCursor:
      end < ordered.length && last && snapshotId
        ? encodeCursor({ snapshotId, offset: end, at, after: sortKeyOf(last, query.sort, at) })
        : null,
  };
}

/** The cycle a listing names, of the caller's tenant and of the board it names (if it names one). */
async function cycleNamed(ctx: IdeaBarContext, caller: Caller, query: ListIdeasQuery): Promise<Cycle> {
  const cycle = await ctx.repos.cycles.find(caller.tenantId, query.cycleId as string);
  if (!cycle) throw new ValidationError([{ field: 'cycleId', message: 'There is no such planning cycle.' }]);
  if (query.boardId !== undefined && cycle.boardId !== query.boardId) {
    throw new ValidationError([
      { field: 'cycleId', message: 'That planning cycle belongs to another board.' },
    ]);
  }
  return cycle;
}

/** Ideas awaiting approval show only to their authors and to IT members (whose role is read only if it matters). */
async function visibleTo(ctx: IdeaBarContext, caller: Caller, ideas: IdeaRecord[]): Promise<IdeaRecord[]> {
  const hidden = (idea: IdeaRecord) => idea.triage.awaitingApproval && idea.author.id !== caller.userId;
  if (!ideas.some(hidden) || (await ctx.itDirectory.rolesOf(caller)).includes('it')) return ideas;
  return ideas.filter((idea) => !hidden(idea));
}

function filterFor(
  query: ListIdeasQuery,
  caller: Caller,
  voted: Set<string>,
  shortlisted: Set<string> | undefined,
): (idea: IdeaRecord) => boolean {
  const category = query.category?.toLocaleLowerCase();
  const tag = query.tag?.toLocaleLowerCase();
  const matches = query.q === undefined ? undefined : matcherFor(query.q);
  return (idea) =>
    (query.status === undefined || statusMatches(query.status, idea.status)) &&
    (category === undefined || idea.category?.toLocaleLowerCase() === category) &&
    (tag === undefined || idea.tags.some((t) => t.toLocaleLowerCase() === tag)) &&
    (query.mine === undefined || (idea.author.id === caller.userId) === query.mine) &&
    (query.voted === undefined || voted.has(idea.id) === query.voted) &&
    (query.cycleId === undefined || idea.cycleId === query.cycleId) &&
    (shortlisted === undefined || shortlisted.has(idea.id) === query.shortlist) &&
    (matches === undefined || matches([idea.title, idea.description, idea.category ?? '', ...idea.tags]));
}

function order(ideas: IdeaRecord[], sort: Sort, at: Date): IdeaRecord[] {
  const keyed = ideas.map((idea) => ({ idea, key: sortKeyOf(idea, sort, at) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map(({ idea }) => idea);
}

/** Index of the first idea that ranks after `after`: binary search, as `ordered` is sorted by the same keys. */
function firstAfter(ordered: IdeaRecord[], after: SortKey, sort: Sort, at: Date): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const idea = ordered[middle] as IdeaRecord;
    if (compareKeys(sortKeyOf(idea, sort, at), after) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function scopeOf(caller: Caller, boardId: string, query: ListIdeasQuery): string {
  const { status, category, tag, q, mine, voted, cycleId, shortlist, sort } = query;
  return JSON.stringify([
    caller.tenantId,
    caller.userId,
    boardId,
    status,
    category,
    tag,
    q,
    mine,
    voted,
    cycleId,
    shortlist,
    sort,
  ]);
}
