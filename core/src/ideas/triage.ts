import type { Person } from '../identity.js';

/**
 * What IT has said and decided about an idea, beyond its status: the reasoning of a "no", the author's appeal,
 * who partners on it, how it is classified and what it was expected to (and did) deliver.
 */

/** What a decline rests on: a "no" always names its constraint. */
export const CONSTRAINTS = ['security', 'compliance', 'cost', 'capacity', 'architecture', 'other'] as const;
export type Constraint = (typeof CONSTRAINTS)[number];

export interface Decline {
  constraint: Constraint;
  /** The rule or policy the decline rests on, as people can look it up. */
  rule: string;
  /** What would have to be true for a yes, or an alternative available today. */
  pathToYes: string;
}

/**
 * An author appeals a decline once, so the appeal must carry a real argument: what the decision missed or what has
 * changed. A word or two ("Ok", "Please reconsider") would use the one appeal up and give IT nothing to answer.
 */
export const APPEAL_REASON_LIMITS = { min: 30, max: 1_000 } as const;

export interface Appeal {
  by: Person;
  reason: string;
  at: Date;
  /** When IT answered it with its next decision; null while it waits. */
  answeredAt: Date | null;
}

/** Core work differentiates the business (build, or keep in-house); non-core work is a commodity (buy, outsource). */
export const SOURCING = ['core', 'non_core'] as const;
export type Sourcing = (typeof SOURCING)[number];
export const RECOMMENDATIONS = ['build', 'keep_in_house', 'buy', 'outsource'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export const RECOMMENDATIONS_FOR: Record<Sourcing, readonly Recommendation[]> = {
  core: ['build', 'keep_in_house'],
  non_core: ['buy', 'outsource'],
};

export interface Classification {
  sourcing: Sourcing;
  recommendation: Recommendation;
  /** 1 (little) to 5 (a lot). */
  value: number;
  /** 1 (little) to 5 (a lot). */
  effort: number;
}

/** High value for little effort first: 1 (value 1, effort 5) to 25 (value 5, effort 1). */
export const priorityOf = (classification: Classification): number =>
  classification.value * (6 - classification.effort);

export const BENEFIT_KINDS = ['hours_saved_per_month', 'cost_saved', 'uptime_percent', 'other'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

export interface Benefit {
  kind: BenefitKind;
  /** Hours, currency units or a percentage, by kind; null for `other`. */
  amount: number | null;
  note: string | null;
}

export interface IdeaTriage {
  /** The decision behind the current or latest decline. */
  decline: Decline | null;
  appeal: Appeal | null;
  itPartner: Person | null;
  sponsor: Person | null;
  classification: Classification | null;
  expectedBenefit: Benefit | null;
  measuredBenefit: Benefit | null;
  /** For a duplicate: the idea it was merged into. */
  duplicateOf: string | null;
  /** When IT first answered in public: the start of every response-time figure. */
  firstResponseAt: Date | null;
  /** On a moderated board, a new idea waits here for an IT member's approval, seen only by IT and its author. */
  awaitingApproval: boolean;
}

export const untriaged = (): IdeaTriage => ({
  decline: null,
  appeal: null,
  itPartner: null,
  sponsor: null,
  classification: null,
  expectedBenefit: null,
  measuredBenefit: null,
  duplicateOf: null,
  firstResponseAt: null,
  awaitingApproval: false,
});

/** The triage as the API shows it: dates as ISO text, and the priority worked out. */
export interface TriageView {
  decline: Decline | null;
  appeal: { by: Person; reason: string; at: string; answeredAt: string | null } | null;
  itPartner: Person | null;
  sponsor: Person | null;
  classification: (Classification & { priority: number }) | null;
  expectedBenefit: Benefit | null;
  measuredBenefit: Benefit | null;
  duplicateOf: string | null;
  firstResponseAt: string | null;
  awaitingApproval: boolean;
}

export const triageView = (triage: IdeaTriage): TriageView => ({
  decline: triage.decline,
  appeal: triage.appeal && {
    ...triage.appeal,
    at: triage.appeal.at.toISOString(),
    answeredAt: triage.appeal.answeredAt?.toISOString() ?? null,
  },
  itPartner: triage.itPartner,
  sponsor: triage.sponsor,
  classification: triage.classification && {
    ...triage.classification,
    priority: priorityOf(triage.classification),
  },
  expectedBenefit: triage.expectedBenefit,
  measuredBenefit: triage.measuredBenefit,
  duplicateOf: triage.duplicateOf,
  firstResponseAt: triage.firstResponseAt?.toISOString() ?? null,
  awaitingApproval: triage.awaitingApproval,
});
