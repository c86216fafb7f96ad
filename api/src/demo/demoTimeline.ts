import type { DemoBenefit, DemoIdea, DemoStep } from './demoIdea.js';
import { DEMO_EVERYONE, type DemoPerson } from './demoPeople.js';

export const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** Most votes come in the first weeks after an idea is posted; this is the mean wait of a vote, in days. */
const VOTE_MEAN_DAYS = 14;

/** What happens to a demo idea after its submission, in the order the seed replays it. */
export type DemoEvent = { at: number } & (
  | { kind: 'vote'; by: DemoPerson }
  | { kind: 'comment'; by: DemoPerson; text: string }
  /** IT names its partner and sponsor, classifies the idea and records the benefit it expects. */
  | { kind: 'triage'; by: DemoPerson }
  | { kind: 'step'; step: DemoStep }
  | { kind: 'appeal'; reason: string }
  | { kind: 'measured'; by: DemoPerson; benefit: DemoBenefit }
);

export interface PlannedIdea {
  demo: DemoIdea;
  author: DemoPerson;
  submittedAt: number;
  events: DemoEvent[];
  /** When IT merges it into another idea, if it does: after every one of its own votes. */
  mergeAt: number | null;
}

export function demoPerson(userId: string): DemoPerson {
  const found = DEMO_EVERYONE.find((person) => person.userId === userId);
  if (!found) throw new Error(`The demo has no person ${userId}.`);
  return found;
}

/**
 * Lays an idea's story out in time, relative to `now`: submitted on its day during working hours, IT's answers,
 * comments and appeals `after` days later, and its votes spread from then on, most of them early. Throws when the
 * story does not fit before `now`, so a mistake in the demo data shows up in its test rather than as a board that
 * lies about time.
 */
export function planIdea(demo: DemoIdea, now: number): PlannedIdea {
  const salt = hashOf(demo.title);
  const day = Math.floor((now - demo.daysAgo * DAY) / DAY) * DAY;
  const submittedAt = Math.min(day + (8 + (salt % 9)) * HOUR + (salt % 60) * MINUTE, now - HOUR);
  const at = (after: number) => submittedAt + Math.round(after * DAY);
  const lead = demoPerson(demo.steps?.[0]?.by ?? demo.itPartner ?? 'nestor.wilke');
  const events: DemoEvent[] = [];
  for (const comment of demo.comments ?? []) {
    events.push({ at: at(comment.after), kind: 'comment', by: demoPerson(comment.by), text: comment.text });
  }
  if (demo.itPartner || demo.sponsor || demo.classification || demo.expected) {
    // Just before IT's first public answer, which these come with.
    events.push({ at: at(demo.steps?.[0]?.after ?? 1) - MINUTE, kind: 'triage', by: lead });
  }
  for (const step of demo.steps ?? []) events.push({ at: at(step.after), kind: 'step', step });
  if (demo.appeal) events.push({ at: at(demo.appeal.after), kind: 'appeal', reason: demo.appeal.reason });
  if (demo.measured) {
    const { after, ...benefit } = demo.measured;
    events.push({ at: at(after), kind: 'measured', by: lead, benefit });
  }
  const mergeAt = demo.mergedInto ? at(demo.mergedInto.after) : null;
  const late = [...events.map((event) => event.at), mergeAt ?? 0].find((moment) => moment >= now);
  if (late !== undefined) {
    throw new Error(
      `Demo idea "${demo.title}": something happens after now; keep every "after" below daysAgo.`,
    );
  }
  // Merged and delivered ideas take no votes: theirs all come before.
  const deliveredAt = demo.steps?.findLast((step) => step.status === 'delivered');
  const closedAt = mergeAt ?? (deliveredAt ? at(deliveredAt.after) : null);
  const votesEnd = closedAt === null ? now - MINUTE : closedAt - HOUR;
  for (const [n, by] of votersOf(demo).entries()) {
    events.push({ at: voteTime(submittedAt, votesEnd, (n + 1) / (demo.votes + 1)), kind: 'vote', by });
  }
  // Stable: events at the same moment keep the order above (a triage just before its step, for one).
  events.sort((a, b) => a.at - b.at);
  return { demo, author: demoPerson(demo.author), submittedAt, events, mergeAt };
}

/**
 * Who votes for a demo idea: a fixed draw from everyone but its author, so every seeding tells the same story and
 * tests can say how many votes an idea that others were merged into ends up with.
 */
export function votersOf(demo: DemoIdea): DemoPerson[] {
  const pool = DEMO_EVERYONE.filter((person) => person.userId !== demo.author);
  if (demo.votes > pool.length) throw new Error(`Demo idea "${demo.title}": more votes than people.`);
  const random = mulberry32(hashOf(demo.title));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as DemoPerson, pool[i] as DemoPerson];
  }
  return pool.slice(0, demo.votes);
}

/**
 * The moment of the vote at quantile `q` (0–1) between `from` and `to`: an exponential wait with a mean of two
 * weeks, cut off at `to`, so an old idea got most of its votes in its first month and a new one is still gaining.
 */
function voteTime(from: number, to: number, q: number): number {
  const spanDays = (to - from) / DAY;
  const rate = Math.max(1, spanDays / VOTE_MEAN_DAYS);
  const fraction = -Math.log(1 - q * (1 - Math.exp(-rate))) / rate;
  return from + Math.round((to - from) * fraction);
}

/** FNV-1a: a small, stable number from a text. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A small seeded random number generator, so the demo's draws repeat exactly. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
