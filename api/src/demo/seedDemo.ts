import {
  addComment,
  appealDecline,
  assignPartners,
  castVote,
  changeStatus,
  classifyIdea,
  openCycle,
  recordBenefits,
  createIdeaBar,
  DEFAULT_BOARD_ID,
  submitIdea,
  type Caller,
  type Clock,
  type IdeaBarContext,
  type Repositories,
} from '@ideabar/core';
import { DEMO_DECISIONS, type DemoDecision } from './demoDecisions.js';
import { DEMO_IDEAS } from './demoIdeas.js';
import { DEMO_PEOPLE, DEMO_TENANT_ID } from './demoPeople.js';

const DAY = 86_400_000;

/** A clock the seed sets by hand, so the demo board has a past: ideas from weeks ago, votes spread since. */
class SettableClock implements Clock {
  private at = new Date();
  now(): Date {
    return new Date(this.at);
  }
  set(at: number): void {
    this.at = new Date(at);
  }
}

const personNamed = (userId: string): Caller => {
  const found = DEMO_PEOPLE.find((person) => person.userId === userId);
  if (!found) throw new Error(`The demo has no person ${userId}.`);
  return found;
};

/**
 * Fills the demo tenant's default board, through the same use cases people use, unless it has ideas already.
 * Returns how many ideas it wrote.
 */
export async function seedDemo(repos: Repositories, now = Date.now()): Promise<number> {
  if ((await repos.ideas.listBoard(DEMO_TENANT_ID, DEFAULT_BOARD_ID)).length > 0) return 0;
  const clock = new SettableClock();
  const ctx = createIdeaBar({ repos, clock });
  clock.set(now - 90 * DAY);
  for (const person of DEMO_PEOPLE.filter((p) => p.roles.includes('it')))
    await ctx.itDirectory.addItMember(person);
  // A planning cycle that has been taking submissions for three weeks: the newer demo ideas belong to it.
  await openCycle(ctx, personNamed('nestor.wilke'), {
    name: 'FY27 Q1 planning',
    submissionOpensAt: new Date(now - 21 * DAY).toISOString(),
    submissionClosesAt: new Date(now + 7 * DAY).toISOString(),
    votingClosesAt: new Date(now + 14 * DAY).toISOString(),
  });

  const oldestFirst = [...DEMO_IDEAS].sort((a, b) => b.daysAgo - a.daysAgo);
  for (const [index, demo] of oldestFirst.entries()) {
    const created = now - demo.daysAgo * DAY - (index % 7) * 3_600_000;
    clock.set(created);
    const { title, description, category, tags } = demo;
    const idea = await submitIdea(ctx, personNamed(demo.author), { title, description, category, tags });
    // Everyone but the author, in a different order for each idea, votes at times spread from then to now.
    const others = DEMO_PEOPLE.filter((person) => person.userId !== demo.author);
    const voters = [...others.slice(index % others.length), ...others.slice(0, index % others.length)];
    for (const [n, voter] of voters.slice(0, demo.voters).entries()) {
      clock.set(created + ((now - created) * (n + 1)) / (demo.voters + 1));
      await castVote(ctx, voter, idea.id);
    }
    for (const [n, comment] of (demo.comments ?? []).entries()) {
      clock.set(created + (n + 1) * 5 * 3_600_000);
      await addComment(ctx, personNamed(comment.by), idea.id, { text: comment.text });
    }
    const decision = DEMO_DECISIONS[demo.title];
    if (decision) await decide(ctx, clock, idea.id, demo.author, created, decision);
  }
  return oldestFirst.length;
}

/** Replays what IT did with an idea, each step at its own moment. */
async function decide(
  ctx: IdeaBarContext,
  clock: SettableClock,
  ideaId: string,
  author: string,
  created: number,
  decision: DemoDecision,
): Promise<void> {
  const lead = personNamed(decision.steps[0]?.by ?? 'nestor.wilke');
  clock.set(created + 3_600_000);
  if (decision.itPartner || decision.sponsor) {
    const named = (userId: string | undefined) =>
      userId ? { id: userId, name: personNamed(userId).name } : undefined;
    await assignPartners(ctx, lead, ideaId, {
      itPartner: named(decision.itPartner),
      sponsor: named(decision.sponsor),
    });
  }
  if (decision.classification) await classifyIdea(ctx, lead, ideaId, decision.classification);
  if (decision.expected) await recordBenefits(ctx, lead, ideaId, { expected: decision.expected });
  for (const step of decision.steps) {
    clock.set(created + step.daysAfter * DAY);
    const { status, response, decline } = step;
    await changeStatus(ctx, personNamed(step.by), ideaId, {
      status,
      response,
      ...(decline ? { decline } : {}),
    });
  }
  if (decision.appeal) {
    clock.set(created + decision.appeal.daysAfter * DAY);
    await appealDecline(ctx, personNamed(author), ideaId, { reason: decision.appeal.reason });
  }
  if (decision.measured) await recordBenefits(ctx, lead, ideaId, { measured: decision.measured });
}
