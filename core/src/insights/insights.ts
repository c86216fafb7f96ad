import { MONDAY_TO_FRIDAY, type WorkingDays } from '../calendar/workingDays.js';
import type { IdeaRecord } from '../ideas/idea.js';
import { BENEFIT_KINDS, type BenefitKind, type Recommendation } from '../ideas/triage.js';
import { percentile } from './businessDays.js';
import { responseOutcomeOf } from './responseTrend.js';

/**
 * How IT responds, worked out from the ideas themselves. Every figure is a plain function of the ideas passed in
 * and the moment `at`, so tests can state the answers exactly.
 */
export interface Insights {
  ideas: number;
  responseTime: {
    /** Business days from submission to IT's first public answer, over the ideas answered. */
    medianBusinessDays: number | null;
    p90BusinessDays: number | null;
    answered: number;
    waiting: number;
  };
  sla: {
    businessDays: number;
    /** Answered within the SLA, out of those answered plus those still waiting past it; null when there are none. */
    withinShare: number | null;
    within: number;
    late: number;
    overdueWaiting: number;
  };
  /** Where IT's decisions stand: enabled (planned, in progress, delivered), not yet (new, under review), declined. */
  decisionMix: { enabled: number; notYet: number; declined: number };
  declines: {
    total: number;
    /** Declines resting on a named constraint and rule (not "other"). */
    restingOnRule: number;
    /** Of those, how many offer a path to yes. */
    restingOnRuleWithPathToYes: number;
  };
  sourcing: {
    core: number;
    nonCore: number;
    unclassified: number;
    recommendations: Record<Recommendation, number>;
  };
  /** Ideas and votes per business area (category), most ideas first. */
  byArea: { category: string | null; ideas: number; votes: number }[];
  funnel: { submitted: number; shortlisted: number; planned: number; delivered: number };
  /** Benefits of delivered ideas, added up per kind (uptime is averaged). */
  benefits: Record<BenefitKind, { expected: number; measured: number; ideas: number }>;
}

const ENABLED = new Set(['planned', 'in_progress', 'delivered']);
const SHORTLISTED = new Set(['under_review', 'planned', 'in_progress', 'delivered']);
const PLANNED = new Set(['planned', 'in_progress', 'delivered']);

export function insightsOf(
  all: readonly IdeaRecord[],
  at: Date,
  slaBusinessDays: number,
  days: WorkingDays = MONDAY_TO_FRIDAY,
): Insights {
  // A duplicate is one idea told twice: it counts once, through the idea it was merged into.
  const ideas = all.filter((idea) => idea.status !== 'duplicate');
  const responseDays: number[] = [];
  let within = 0;
  let overdueWaiting = 0;
  for (const idea of ideas) {
    const outcome = responseOutcomeOf(idea, at, slaBusinessDays, days);
    if (outcome.kind === 'answered') {
      responseDays.push(outcome.businessDays);
      if (outcome.withinSla) within += 1;
    } else if (outcome.pastDue) {
      overdueWaiting += 1;
    }
  }
  const late = responseDays.length - within;
  const measured = within + late + overdueWaiting;

  const declined = ideas.filter((idea) => idea.status === 'declined');
  const onRule = declined.filter((idea) => idea.triage.decline && idea.triage.decline.constraint !== 'other');

  const recommendations: Record<Recommendation, number> = {
    build: 0,
    keep_in_house: 0,
    buy: 0,
    outsource: 0,
  };
  for (const idea of ideas) {
    const classification = idea.triage.classification;
    if (classification) recommendations[classification.recommendation] += 1;
  }

  const areas = new Map<string | null, { ideas: number; votes: number }>();
  for (const idea of ideas) {
    const area = areas.get(idea.category) ?? { ideas: 0, votes: 0 };
    areas.set(idea.category, { ideas: area.ideas + 1, votes: area.votes + idea.votes });
  }

  return {
    ideas: ideas.length,
    responseTime: {
      medianBusinessDays: round(percentile(responseDays, 50)),
      p90BusinessDays: round(percentile(responseDays, 90)),
      answered: responseDays.length,
      waiting: ideas.length - responseDays.length,
    },
    sla: {
      businessDays: slaBusinessDays,
      withinShare: measured === 0 ? null : round(within / measured),
      within,
      late,
      overdueWaiting,
    },
    decisionMix: {
      enabled: ideas.filter((idea) => ENABLED.has(idea.status)).length,
      notYet: ideas.filter((idea) => idea.status === 'new' || idea.status === 'under_review').length,
      declined: declined.length,
    },
    declines: {
      total: declined.length,
      restingOnRule: onRule.length,
      restingOnRuleWithPathToYes: onRule.filter((idea) => idea.triage.decline?.pathToYes.trim()).length,
    },
    sourcing: {
      core: ideas.filter((idea) => idea.triage.classification?.sourcing === 'core').length,
      nonCore: ideas.filter((idea) => idea.triage.classification?.sourcing === 'non_core').length,
      unclassified: ideas.filter((idea) => !idea.triage.classification).length,
      recommendations,
    },
    byArea: [...areas.entries()]
      .map(([category, counts]) => ({ category, ...counts }))
      .sort(
        (a, b) =>
          b.ideas - a.ideas || b.votes - a.votes || (a.category ?? '').localeCompare(b.category ?? ''),
      ),
    funnel: {
      submitted: ideas.length,
      shortlisted: ideas.filter((idea) => SHORTLISTED.has(idea.status)).length,
      planned: ideas.filter((idea) => PLANNED.has(idea.status)).length,
      delivered: ideas.filter((idea) => idea.status === 'delivered').length,
    },
    benefits: benefitsOf(ideas.filter((idea) => idea.status === 'delivered')),
  };
}

function benefitsOf(delivered: IdeaRecord[]): Insights['benefits'] {
  const totals = Object.fromEntries(
    BENEFIT_KINDS.map((kind) => [kind, { expected: 0, measured: 0, ideas: 0 }]),
  ) as Insights['benefits'];
  for (const kind of BENEFIT_KINDS) {
    const withKind = delivered.filter(
      (idea) => idea.triage.expectedBenefit?.kind === kind || idea.triage.measuredBenefit?.kind === kind,
    );
    const sum = (pick: (idea: IdeaRecord) => number | null | undefined) =>
      withKind.reduce((total, idea) => total + (pick(idea) ?? 0), 0);
    const expected = sum((idea) =>
      idea.triage.expectedBenefit?.kind === kind ? idea.triage.expectedBenefit.amount : 0,
    );
    const measured = sum((idea) =>
      idea.triage.measuredBenefit?.kind === kind ? idea.triage.measuredBenefit.amount : 0,
    );
    // Uptime is a level, not a quantity: its "total" is the average over the ideas that report it.
    const divisor = kind === 'uptime_percent' ? Math.max(1, withKind.length) : 1;
    totals[kind] = {
      expected: round(expected / divisor) ?? 0,
      measured: round(measured / divisor) ?? 0,
      ideas: withKind.length,
    };
  }
  return totals;
}

const round = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 1000) / 1000;
