import {
  BENEFIT_KINDS,
  RECOMMENDATIONS,
  translatorFor,
  type BenefitKind,
  type Recommendation,
} from '@ideabar/core';
import type { InsightsReport } from '../../api/insightsApi';
const { t } = translatorFor('en');
import { safeLocale } from '../../app/safeLocale';

/**
 * The insights report in the shapes the page shows: headline figures in words, and for each chart the numbers its
 * chart and its table share, so the two can never disagree.
 */

export interface Figure {
  id: 'median' | 'p90' | 'sla' | 'pathToYes';
  label: string;
  value: string;
  note: string;
}

export interface Slice<K extends string = string> {
  key: K;
  label: string;
  value: number;
}

export interface AreaRow {
  area: string;
  ideas: number;
  votes: number;
}

export interface BenefitRow {
  kind: BenefitKind;
  label: string;
  expected: number;
  measured: number;
  ideas: number;
}

export const NO_CATEGORY = 'No category';

const format = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat(safeLocale(locale), { maximumFractionDigits: 1, ...options });

export const numberText = (value: number, locale: string): string => format(locale).format(value);

/** A share of 0–1 as a whole percentage ("83%"). */
export const shareText = (share: number, locale: string): string =>
  format(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);

export const businessDaysText = (days: number, locale: string): string =>
  `${numberText(days, locale)} business ${days === 1 ? 'day' : 'days'}`;

/** The four headline figures: how fast IT answers, how often within the SLA, and how declines are reasoned. */
export function headlineFigures(report: InsightsReport, locale: string): Figure[] {
  const { responseTime, sla, declines } = report;
  const n = (value: number) => numberText(value, locale);
  const answered = `${n(responseTime.answered)} answered, ${n(responseTime.waiting)} waiting`;
  const measured = sla.within + sla.late + sla.overdueWaiting;
  return [
    {
      id: 'median',
      label: 'Median time to first response',
      value:
        responseTime.medianBusinessDays === null
          ? 'No answers yet'
          : businessDaysText(responseTime.medianBusinessDays, locale),
      note: answered,
    },
    {
      id: 'p90',
      label: '90th percentile time to first response',
      value:
        responseTime.p90BusinessDays === null
          ? 'No answers yet'
          : businessDaysText(responseTime.p90BusinessDays, locale),
      note: '9 in 10 first answers came within this',
    },
    {
      id: 'sla',
      label: 'Answered within the SLA',
      value: sla.withinShare === null ? 'Nothing to measure yet' : shareText(sla.withinShare, locale),
      note:
        `${n(sla.within)} of ${n(measured)} within ${businessDaysText(sla.businessDays, locale)}` +
        (sla.overdueWaiting > 0 ? `; ${n(sla.overdueWaiting)} still waiting past it` : ''),
    },
    {
      id: 'pathToYes',
      label: 'Declines on a rule with a path to yes',
      value:
        declines.restingOnRule === 0
          ? 'No declines on a rule'
          : `${n(declines.restingOnRuleWithPathToYes)} of ${n(declines.restingOnRule)}`,
      note: `${n(declines.restingOnRule)} of ${n(declines.total)} ${declines.total === 1 ? 'decline rests' : 'declines rest'} on a named rule`,
    },
  ];
}

export type Decision = 'enabled' | 'notYet' | 'declined';

export function decisionSlices(report: InsightsReport): Slice<Decision>[] {
  return [
    { key: 'enabled', label: 'Enabled', value: report.decisionMix.enabled },
    { key: 'notYet', label: 'Not yet decided', value: report.decisionMix.notYet },
    { key: 'declined', label: 'Declined', value: report.decisionMix.declined },
  ];
}

export type SourcingKey = 'core' | 'nonCore' | 'unclassified';

export function sourcingSlices(report: InsightsReport): Slice<SourcingKey>[] {
  return [
    { key: 'core', label: 'Core', value: report.sourcing.core },
    { key: 'nonCore', label: 'Non-core', value: report.sourcing.nonCore },
    { key: 'unclassified', label: 'Not classified yet', value: report.sourcing.unclassified },
  ];
}

export function recommendationSlices(report: InsightsReport): Slice<Recommendation>[] {
  return RECOMMENDATIONS.map((key) => ({
    key,
    label: t(`triage.recommendation.${key}`),
    value: report.sourcing.recommendations[key],
  }));
}

export function areaRows(report: InsightsReport): AreaRow[] {
  return report.byArea.map(({ category, ideas, votes }) => ({ area: category ?? NO_CATEGORY, ideas, votes }));
}

export type Stage = 'submitted' | 'shortlisted' | 'planned' | 'delivered';

export function funnelStages(report: InsightsReport): Slice<Stage>[] {
  const { submitted, shortlisted, planned, delivered } = report.funnel;
  return [
    { key: 'submitted', label: 'Submitted', value: submitted },
    { key: 'shortlisted', label: 'Shortlisted', value: shortlisted },
    { key: 'planned', label: 'Planned', value: planned },
    { key: 'delivered', label: 'Delivered', value: delivered },
  ];
}

/** The benefit kinds some delivered idea reports, in core's order. */
export function benefitRows(report: InsightsReport): BenefitRow[] {
  return BENEFIT_KINDS.filter((kind) => report.benefits[kind].ideas > 0).map((kind) => ({
    kind,
    label: t(`triage.benefitKind.${kind}`),
    ...report.benefits[kind],
  }));
}

/** Uptime is averaged over the ideas that report it; every other benefit is added up. */
export const benefitMeaning = (kind: BenefitKind): string =>
  kind === 'uptime_percent' ? 'average' : 'total';

/** An amount of money in the tenant's currency ("$77,000"); the bare number and code if Intl does not know it. */
export function moneyText(value: number, currency: string, locale: string): string {
  try {
    return format(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    return `${numberText(value, locale)} ${currency}`;
  }
}

/** A benefit's amount as people say it: "305 hours", "$77,000", "99.9%". */
export function benefitAmountText(
  kind: BenefitKind,
  value: number,
  currency: string,
  locale: string,
): string {
  switch (kind) {
    case 'hours_saved_per_month':
      return `${numberText(value, locale)} ${value === 1 ? 'hour' : 'hours'}`;
    case 'cost_saved':
      return moneyText(value, currency, locale);
    case 'uptime_percent':
      return `${numberText(value, locale)}%`;
    case 'other':
      return numberText(value, locale);
  }
}

export type TrendMonth = InsightsReport['responseTrend'][number];

/** "Nov 2026": a trend month in the person's words. */
export function monthText(month: string, locale: string): string {
  const [year = '1970', number = '1'] = month.split('-');
  return new Intl.DateTimeFormat(safeLocale(locale), {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(Number(year), Number(number) - 1, 1)));
}
