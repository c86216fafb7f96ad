import type { Benefit, BenefitKind, Constraint, Recommendation, Sourcing } from '@ideabar/core';
import { safeLocale } from '../app/safeLocale';

/**
 * The words for IT's decisions. Limits mirror core's triage input (core/src/ideas/triageInput.ts and the use
 * cases), which the tab cannot import without their schemas; the API has the last word on each.
 */
export const TRIAGE_LIMITS = {
  responseMax: 2_000,
  ruleMax: 300,
  pathToYesMax: 1_000,
  personNameMax: 100,
  personIdMax: 128,
  benefitNoteMax: 500,
} as const;

/** A constraint as a heading names it ("Why not now: Security"). */
export const CONSTRAINT_NAMES: Record<Constraint, string> = {
  security: 'Security',
  compliance: 'Compliance',
  cost: 'Cost',
  capacity: 'Capacity',
  architecture: 'Architecture',
  other: 'Other',
};

export const SOURCING_LABELS: Record<Sourcing, string> = { core: 'Core', non_core: 'Non-core' };

/** Why work is core or not, completing "Core (…)". */
export const SOURCING_HINTS: Record<Sourcing, string> = {
  core: 'differentiates the business',
  non_core: 'a commodity',
};

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  build: 'Build',
  keep_in_house: 'Keep in-house',
  buy: 'Buy',
  outsource: 'Outsource',
};

export const BENEFIT_KIND_LABELS: Record<BenefitKind, string> = {
  hours_saved_per_month: 'Hours saved per month',
  cost_saved: 'Cost saved',
  uptime_percent: 'Uptime (%)',
  other: 'Other',
};

/** "40 hours saved per month (the help desk)", in the person's locale. */
export function benefitText(benefit: Benefit, locale: string): string {
  const amount = benefit.amount === null ? '' : benefit.amount.toLocaleString(safeLocale(locale));
  const base = ((): string => {
    switch (benefit.kind) {
      case 'hours_saved_per_month':
        return `${amount} ${benefit.amount === 1 ? 'hour' : 'hours'} saved per month`;
      case 'cost_saved':
        return `${amount} saved`;
      case 'uptime_percent':
        return `${amount}% uptime`;
      default:
        return amount;
    }
  })();
  if (!benefit.note) return base;
  return base ? `${base} (${benefit.note})` : benefit.note;
}
