import type { Benefit, Translator } from '@ideabar/core';

/**
 * Limits mirror core's triage input (core/src/ideas/triageInput.ts and the use cases), which the tab cannot import
 * without their schemas; the API has the last word on each. The words for IT's decisions are in the catalog
 * (`triage.constraint.*`, `triage.sourcing.*`, `triage.recommendation.*`, `triage.benefitKind.*`).
 */
export const TRIAGE_LIMITS = {
  responseMax: 2_000,
  ruleMax: 300,
  pathToYesMax: 1_000,
  personNameMax: 100,
  personIdMax: 128,
  benefitNoteMax: 500,
} as const;

/** "40 hours saved per month (the help desk)", in the person's language. */
export function benefitText(benefit: Benefit, { t }: Pick<Translator, 't'>): string {
  const amount = benefit.amount;
  const base =
    amount === null
      ? ''
      : benefit.kind === 'hours_saved_per_month'
        ? t('triage.benefit.hours', { amount })
        : benefit.kind === 'cost_saved'
          ? t('triage.benefit.cost', { amount })
          : benefit.kind === 'uptime_percent'
            ? t('triage.benefit.uptime', { amount })
            : t('triage.benefit.amount', { amount });
  if (!benefit.note) return base;
  return base ? t('triage.benefit.withNote', { benefit: base, note: benefit.note }) : benefit.note;
}
