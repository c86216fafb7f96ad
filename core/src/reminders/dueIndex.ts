import { workingDaysOf, type WorkingDays } from '../calendar/workingDays.js';
import type { IdeaBarContext } from '../context.js';
import { cycleMoments, cyclesClosingSince, type CycleMoment } from '../cycles/cycleMoments.js';
import type { Cycle } from '../cycles/cycle.js';
import type { IdeaRecord } from '../ideas/idea.js';
import { tenantSettingsOf } from '../settings/tenantSettingsOf.js';
import { awaitsFirstAnswer, nextNudgeAt } from './responseNudges.js';

/*
 * The index of what comes due (DueRepository), kept by the use cases: an idea enters it when it is submitted, at its
 * first nudge, and leaves it when it is answered; a cycle enters it when it is opened, at its first moment. The
 * timers move an entry on once its message is sent. An entry is written before the change that needs it, so a crash
 * in between leaves an entry too many (checked and dropped by the timer), never one too few.
 */

/** Indexes a new idea at its first nudge under its tenant's response SLA. */
export async function indexWaitingIdea(ctx: IdeaBarContext, idea: IdeaRecord): Promise<void> {
  const settings = (await tenantSettingsOf(ctx, idea.tenantId)).value;
  const dueAt = nextNudgeAt(idea, settings.responseSlaBusinessDays, null, workingDaysOf(settings));
  if (dueAt) await ctx.repos.due.set({ kind: 'nudge', tenantId: idea.tenantId, subjectId: idea.id, dueAt });
}

/**
 * IT has answered the idea in public (a status change, a merge, a public answer that keeps the status): it is due no
 * more nudges. Call it after the answer is written. A failure here is reported, not thrown: the answer stands, and
 * the timer drops the entry when it finds the idea answered.
 */
export async function ideaAnswered(ctx: IdeaBarContext, tenantId: string, ideaId: string): Promise<void> {
  await ctx.repos.due.clear('nudge', tenantId, ideaId).catch((error: unknown) => ctx.faults.report(error));
}

/** Indexes a new cycle at its first moment. */
export async function indexCycle(ctx: IdeaBarContext, cycle: Cycle): Promise<void> {
  const first = cycleMomentAfter(cycle, null);
  if (first) {
    await ctx.repos.due.set({
      kind: 'cycle',
      tenantId: cycle.tenantId,
      subjectId: cycle.id,
      dueAt: first.at,
    });
  }
}

/** The cycle's first moment after `after` (its first of all for null); undefined after its results. */
export function cycleMomentAfter(cycle: Cycle, after: CycleMoment | null): CycleMoment | undefined {
  return cycleMoments(cycle).find((moment) => after === null || moment.at.getTime() > after.at.getTime());
}

/**
 * Places a tenant's waiting ideas again under a new response SLA or working calendar, so that a shorter SLA (or a
 * holiday taken back) brings their nudges forward. Reads only the tenant's own entries; an idea since answered leaves
 * the index.
 */
export async function reindexNudges(
  ctx: IdeaBarContext,
  tenantId: string,
  slaBusinessDays: number,
  days: WorkingDays,
): Promise<void> {
  for (const entry of await ctx.repos.due.listTenant('nudge', tenantId)) {
    const idea = (await ctx.repos.ideas.find(tenantId, entry.subjectId))?.value;
    const dueAt = idea && nextNudgeAt(idea, slaBusinessDays, null, days);
    if (dueAt) await ctx.repos.due.set({ ...entry, dueAt }, entry);
    else await ctx.repos.due.clear('nudge', tenantId, entry.subjectId, entry);
  }
}

/** What repairDueIndex put in the index: data written before the index existed. */
export interface DueIndexRepair {
  ideas: number;
  cycles: number;
}

/**
 * Indexes every waiting idea and every cycle with a moment still to come that has no entry yet (written before the
 * index existed, or by hand). A one-off for `npm run repair`: it scans every tenant's waiting ideas and recent cycles
 * once, which no timer does any more. Safe to repeat; an entry already there is left where it is.
 */
export async function repairDueIndex(ctx: IdeaBarContext, at: Date): Promise<DueIndexRepair> {
  const { repos } = ctx;
  const indexed = new Map<string, Set<string>>();
  const has = async (kind: 'nudge' | 'cycle', tenantId: string, subjectId: string) => {
    const tenantKey = `${kind}|${tenantId}`;
    let ids = indexed.get(tenantKey);
    if (!ids) {
      ids = new Set((await repos.due.listTenant(kind, tenantId)).map((entry) => entry.subjectId));
      indexed.set(tenantKey, ids);
    }
    return ids.has(subjectId);
  };
  const repaired: DueIndexRepair = { ideas: 0, cycles: 0 };
  for (const idea of await repos.ideas.listUnanswered()) {
    if (!awaitsFirstAnswer(idea) || (await has('nudge', idea.tenantId, idea.id))) continue;
    await indexWaitingIdea(ctx, idea);
    repaired.ideas += 1;
  }
  for (const cycle of await repos.cycles.listClosingSince(cyclesClosingSince(at))) {
    if (await has('cycle', cycle.tenantId, cycle.id)) continue;
    // The timer moves an entry placed at the first moment on to the one due now, sending only what is still due.
    await indexCycle(ctx, cycle);
    repaired.cycles += 1;
  }
  return repaired;
}
