import type { IdeaRecord } from './idea.js';
import { priorityOf } from './triage.js';

export const SORTS = ['top', 'trending', 'new', 'priority'] as const;
export type Sort = (typeof SORTS)[number];

const HOUR = 3_600_000;
/** A vote's weight halves every three days, so this week's enthusiasm outranks last quarter's. */
export const HEAT_HALF_LIFE_MS = 72 * HOUR;
/** Age gravity: an idea a week old needs twice the fresh votes of a new one to rank level with it. */
const GRAVITY_MS = 7 * 24 * HOUR;

const decay = (elapsedMs: number): number => Math.pow(2, -Math.max(0, elapsedMs) / HEAT_HALF_LIFE_MS);

/** The summed, decayed weight of votes cast at the given times, as of `at`. */
export function heatOf(castTimes: readonly Date[], at: Date): number {
  let heat = 0;
  for (const cast of castTimes) heat += decay(at.getTime() - cast.getTime());
  return heat;
}

/** Heat decays exponentially, so a stored value carries forward to any later time without re-reading votes. */
export const heatAt = (idea: Pick<IdeaRecord, 'heat' | 'heatAt'>, at: Date): number =>
  idea.heat * decay(at.getTime() - idea.heatAt.getTime());

/**
 * Trending score: recent votes weigh more (each decays with a 72-hour half-life), the submission itself counts as
 * one vote so a new idea gets a moment in view, and the idea's age divides the total.
 */
export function trendingScore(idea: Pick<IdeaRecord, 'heat' | 'heatAt' | 'createdAt'>, at: Date): number {
  const age = Math.max(0, at.getTime() - idea.createdAt.getTime());
  return (heatAt(idea, at) + decay(age)) / (1 + age / GRAVITY_MS);
}

/**
 * The position of an idea in a sort, as a tuple compared element by element, larger first. The idea id breaks
 * ties, so every idea has exactly one place and cursors never skip or repeat.
 */
export type SortKey = [number, number, string];

export function sortKeyOf(idea: IdeaRecord, sort: Sort, at: Date): SortKey {
  switch (sort) {
    case 'top':
      return [idea.votes, idea.createdAt.getTime(), idea.id];
    case 'trending':
      return [trendingScore(idea, at), idea.votes, idea.id];
    case 'new':
      return [idea.createdAt.getTime(), 0, idea.id];
    case 'priority':
      // Unclassified ideas after every classified one, by votes.
      return [idea.triage.classification ? priorityOf(idea.triage.classification) : 0, idea.votes, idea.id];
  }
}

/** Negative when `a` ranks before `b`. */
export function compareKeys(a: SortKey, b: SortKey): number {
  if (a[0] !== b[0]) return b[0] - a[0];
  if (a[1] !== b[1]) return b[1] - a[1];
  return a[2] < b[2] ? 1 : a[2] > b[2] ? -1 : 0;
}
