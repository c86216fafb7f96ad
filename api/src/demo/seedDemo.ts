import {
  addCategory,
  addSavedResponse,
  addComment,
  appealDecline,
  assignPartners,
  castVote,
  changeStatus,
  classifyIdea,
  createIdeaBar,
  DEFAULT_BOARD_ID,
  mergeIdea,
  openCycle,
  recordBenefits,
  rememberPerson,
  submitIdea,
  type Clock,
  type IdeaBarContext,
  type Repositories,
} from '@ideabar/core';
import { DEMO_BOARD, DEMO_CYCLES } from './demoBoard.js';
import { DEMO_IDEAS } from './demoIdeas.js';
import { DEMO_EVERYONE, DEMO_PEOPLE, DEMO_TENANT_ID } from './demoPeople.js';
import { DAY, demoPerson, planIdea, type DemoEvent, type PlannedIdea } from './demoTimeline.js';

/** How many ideas are replayed at once: storage round trips overlap, and no partition gets hot. */
const IDEAS_AT_ONCE = 8;
/** How many consecutive votes on one idea are cast at once. */
const VOTES_AT_ONCE = 16;

/** A clock the seed sets by hand, so the demo board has a past: ideas from months ago, votes spread since. */
class SettableClock implements Clock {
  private at = new Date();
  now(): Date {
    return new Date(this.at);
  }
  set(at: number): void {
    this.at = new Date(at);
  }
}

/** A domain context of its own for one strand of the story, with a clock only that strand moves. */
function storyline(repos: Repositories): { ctx: IdeaBarContext; clock: SettableClock } {
  const clock = new SettableClock();
  return { ctx: createIdeaBar({ repos, clock }), clock };
}

/**
 * Fills the demo tenant's default board through the same use cases people use, unless it has ideas already:
 * the board's areas, two planning cycles, and the ideas of api/src/demo/areas/ with their votes, comments and
 * everything IT did with them, each at its moment in the nine months before `now`. Returns how many ideas it wrote.
 */
export async function seedDemo(repos: Repositories, now = Date.now()): Promise<number> {
  await rememberDemoPeople(repos, now);
  if ((await repos.ideas.listBoard(DEMO_TENANT_ID, DEFAULT_BOARD_ID)).length > 0) return 0;
  const plans = DEMO_IDEAS.map((demo) => planIdea(demo, now));
  const oldest = Math.min(...plans.map((plan) => plan.submittedAt));
  await setUpBoard(repos, now, oldest - 7 * DAY);

  const ids = new Map<string, string>();
  await eachAtOnce(plans, async (plan) => {
    const { ctx, clock } = storyline(repos);
    clock.set(plan.submittedAt);
    const { title, description, area, tags } = plan.demo;
    const idea = await submitIdea(ctx, plan.author, { title, description, category: area, tags });
    await ctx.votes.settled(DEMO_TENANT_ID, idea.id);
    ids.set(title, idea.id);
  });
  await eachAtOnce(plans, (plan) => replay(repos, plan, idOf(ids, plan.demo.title)));
  await mergeDuplicates(repos, plans, ids);
  await forgetTheStory(repos);
  return plans.length;
}

/**
 * Everyone of the demo tenant is someone IdeaBar knows, so IT can name them as sponsors or IT members from the
 * people search; done on every start (it writes only who is missing), as a board seeded before people were kept has
 * its story already.
 */
async function rememberDemoPeople(repos: Repositories, now: number): Promise<void> {
  const { ctx, clock } = storyline(repos);
  clock.set(now);
  await eachAtOnce(DEMO_EVERYONE, (person) => rememberPerson(ctx, person));
}

/**
 * The story is the board's past: nobody is told of it now (no channel posts, no personal notices), so the events
 * its changes recorded are settled unfollowed. Those of its votes stay: they bring counts and lists right.
 */
async function forgetTheStory(repos: Repositories): Promise<void> {
  for (const { value, version } of await repos.events.pending(100_000)) {
    if (value.tenantId === DEMO_TENANT_ID && value.kind !== 'votesChanged')
      await repos.events.settle(value, version);
  }
}

/**
 * The IT members, the board's business areas, its saved responses and the planning cycles, before any idea. What a
 * seed stopped halfway already made is kept, so seeding again finishes it.
 */
async function setUpBoard(repos: Repositories, now: number, at: number): Promise<void> {
  const { ctx, clock } = storyline(repos);
  clock.set(at);
  for (const person of DEMO_PEOPLE.filter((p) => p.roles.includes('it')))
    await ctx.itDirectory.addItMember(person);
  const it = demoPerson('nestor.wilke');
  const board = await repos.boards.find(DEMO_TENANT_ID, DEFAULT_BOARD_ID);
  const areas = new Set(board?.categories.map((category) => category.name));
  for (const name of DEMO_BOARD.areas.filter((area) => !areas.has(area))) {
    await addCategory(ctx, it, DEFAULT_BOARD_ID, { name });
  }
  const saved = new Set(
    (await repos.savedResponses.listBoard(DEMO_TENANT_ID, DEFAULT_BOARD_ID)).value.map((r) => r.title),
  );
  for (const response of DEMO_BOARD.savedResponses.filter((known) => !saved.has(known.title))) {
    await addSavedResponse(ctx, it, DEFAULT_BOARD_ID, response);
  }
  const cycles = new Set((await repos.cycles.list(DEMO_TENANT_ID)).map((cycle) => cycle.name));
  const startOfDay = (daysAgo: number) => Math.floor((now - daysAgo * DAY) / DAY) * DAY;
  for (const cycle of DEMO_CYCLES.filter((known) => !cycles.has(known.name))) {
    clock.set(startOfDay(cycle.submissionsOpen + 3) + 10 * 3_600_000);
    await openCycle(ctx, demoPerson(cycle.openedBy), {
      name: cycle.name,
      submissionOpensAt: new Date(startOfDay(cycle.submissionsOpen)).toISOString(),
      submissionClosesAt: new Date(startOfDay(cycle.submissionsClose)).toISOString(),
      votingClosesAt: new Date(startOfDay(cycle.votingCloses)).toISOString(),
      shortlistSize: cycle.shortlistSize,
    });
  }
}

/**
 * Replays what happened to one idea after its submission, each event at its own moment. Votes that follow one
 * another are cast together, as a burst of voters would: the idea is then read and recounted a few times per burst
 * rather than once per vote. Each vote still carries its own moment; the recount sees the burst's last.
 */
async function replay(repos: Repositories, plan: PlannedIdea, ideaId: string): Promise<void> {
  const { ctx, clock } = storyline(repos);
  for (let start = 0; start < plan.events.length;) {
    const burst = burstFrom(plan.events, start);
    clock.set((burst.at(-1) as DemoEvent).at);
    await Promise.all(
      burst.map((event) => happen({ ...ctx, clock: { now: () => new Date(event.at) } }, plan, ideaId, event)),
    );
    start += burst.length;
  }
  // The voters' own lists and the idea row's copy follow each vote after its answer: the seed waits for them.
  await ctx.votes.settled(DEMO_TENANT_ID, ideaId);
}

/** The events from `start` on that happen together: a run of votes (up to VOTES_AT_ONCE), or one other event. */
function burstFrom(events: DemoEvent[], start: number): DemoEvent[] {
  let end = start + 1;
  if (events[start]?.kind === 'vote') {
    while (end < events.length && end - start < VOTES_AT_ONCE && events[end]?.kind === 'vote') end++;
  }
  return events.slice(start, end);
}

async function happen(
  ctx: IdeaBarContext,
  plan: PlannedIdea,
  ideaId: string,
  event: DemoEvent,
): Promise<void> {
  const { demo } = plan;
  switch (event.kind) {
    case 'vote':
      await castVote(ctx, event.by, ideaId);
      return;
    case 'comment':
      await addComment(ctx, event.by, ideaId, { text: event.text });
      return;
    case 'triage': {
      const named = (userId: string | undefined) =>
        userId ? { id: userId, name: demoPerson(userId).name } : undefined;
      if (demo.itPartner || demo.sponsor) {
        await assignPartners(ctx, event.by, ideaId, {
          itPartner: named(demo.itPartner),
          sponsor: named(demo.sponsor),
        });
      }
      if (demo.classification) await classifyIdea(ctx, event.by, ideaId, demo.classification);
      if (demo.expected) await recordBenefits(ctx, event.by, ideaId, { expected: demo.expected });
      return;
    }
    case 'step': {
      const { by, status, response, decline } = event.step;
      await changeStatus(ctx, demoPerson(by), ideaId, { status, response, ...(decline ? { decline } : {}) });
      return;
    }
    case 'appeal':
      await appealDecline(ctx, plan.author, ideaId, { reason: event.reason });
      return;
    case 'measured':
      await recordBenefits(ctx, event.by, ideaId, { measured: event.benefit });
      return;
  }
}

/**
 * IT merges the duplicates once every idea has its votes: a merge moves the duplicate's voters to the idea it was
 * merged into, each vote keeping its time.
 */
async function mergeDuplicates(
  repos: Repositories,
  plans: PlannedIdea[],
  ids: Map<string, string>,
): Promise<void> {
  for (const plan of plans) {
    const merge = plan.demo.mergedInto;
    if (!merge || plan.mergeAt === null) continue;
    const into = idOf(ids, merge.title);
    const { ctx, clock } = storyline(repos);
    clock.set(plan.mergeAt);
    await mergeIdea(ctx, demoPerson(merge.by), idOf(ids, plan.demo.title), {
      into,
      response: merge.response,
    });
    await Promise.all([
      ctx.votes.settled(DEMO_TENANT_ID, into),
      ctx.votes.settled(DEMO_TENANT_ID, idOf(ids, plan.demo.title)),
    ]);
  }
}

function idOf(ids: Map<string, string>, title: string): string {
  const id = ids.get(title);
  if (!id) throw new Error(`The demo has no idea titled "${title}".`);
  return id;
}

/** Runs `work` for every item, a few at a time. */
async function eachAtOnce<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(IDEAS_AT_ONCE, items.length) }, worker));
}
