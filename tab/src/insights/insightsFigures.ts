import {
  BENEFIT_KINDS,
  RECOMMENDATIONS,
  type BenefitKind,
  type Recommendation,
  type Translator,
} from '@ideabar/core';
import type { InsightsReport } from '../api/insightsApi';
import { safeLocale } from '../app/safeLocale';

/**
 * The insights report in the shapes the page shows: headline figures in words, and for each chart the numbers its
 * chart and its table share, so the two can never disagree. Words come from the person's catalog (`t`), numbers
 * in their own format (`formatLocale`).
 */

type Words = Translator['t'];

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

const format = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat(safeLocale(locale), { maximumFractionDigits: 1, ...options });

export const numberText = (value: number, locale: string): string => format(locale).format(value);

/** A share of 0–1 as a whole percentage ("83%"). */
export const shareText = (share: number, locale: string): string =>
  format(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** Business days to one decimal ("1.6 business days"): ICU's `#` alone would write every digit it is given. */
export const businessDaysText = (days: number, { t }: Pick<Translator, 't'>): string =>
  t('insights.businessDays', { days: Math.round(days * 10) / 10 });

/** The four headline figures: how fast IT answers, how often within the SLA, and how declines are reasoned. */
export function headlineFigures(report: InsightsReport, translator: Translator): Figure[] {
  const { t, formatLocale: locale } = translator;
  const { responseTime, sla, declines } = report;
  const answered = t('insights.figure.answered', {
    answered: responseTime.answered,
    waiting: responseTime.waiting,
  });
  const measured = sla.within + sla.late + sla.overdueWaiting;
  const slaDays = businessDaysText(sla.businessDays, translator);
  return [
    {
      id: 'median',
      label: t('insights.figure.median'),
      value:
        responseTime.medianBusinessDays === null
          ? t('insights.figure.noAnswers')
          : businessDaysText(responseTime.medianBusinessDays, translator),
      note: answered,
    },
    {
      id: 'p90',
      label: t('insights.figure.p90'),
      value:
        responseTime.p90BusinessDays === null
          ? t('insights.figure.noAnswers')
          : businessDaysText(responseTime.p90BusinessDays, translator),
      note: t('insights.figure.p90Note'),
    },
    {
      id: 'sla',
      label: t('insights.figure.sla'),
      value: sla.withinShare === null ? t('insights.figure.nothingYet') : shareText(sla.withinShare, locale),
      note:
        sla.overdueWaiting > 0
          ? t('insights.figure.slaNote.overdue', {
              within: sla.within,
              measured,
              sla: slaDays,
              overdue: sla.overdueWaiting,
            })
          : t('insights.figure.slaNote', { within: sla.within, measured, sla: slaDays }),
    },
    {
      id: 'pathToYes',
      label: t('insights.figure.pathToYes'),
      value:
        declines.restingOnRule === 0
          ? t('insights.figure.noRuleDeclines')
          : t('insights.figure.of', {
              part: declines.restingOnRuleWithPathToYes,
              whole: declines.restingOnRule,
            }),
      note: t('insights.figure.pathToYesNote', { onRule: declines.restingOnRule, total: declines.total }),
    },
  ];
}

export type Decision = 'enabled' | 'notYet' | 'declined';

export function decisionSlices(report: InsightsReport, t: Words): Slice<Decision>[] {
  return [
    { key: 'enabled', label: t('insights.decision.enabled'), value: report.decisionMix.enabled },
    { key: 'notYet', label: t('insights.decision.notYet'), value: report.decisionMix.notYet },
    { key: 'declined', label: t('insights.decision.declined'), value: report.decisionMix.declined },
  ];
}

export type SourcingKey = 'core' | 'nonCore' | 'unclassified';

export function sourcingSlices(report: InsightsReport, t: Words): Slice<SourcingKey>[] {
  return [
    { key: 'core', label: t('triage.sourcing.core'), value: report.sourcing.core },
    { key: 'nonCore', label: t('triage.sourcing.non_core'), value: report.sourcing.nonCore },
    { key: 'unclassified', label: t('insights.sourcing.unclassified'), value: report.sourcing.unclassified },
  ];
}

export function recommendationSlices(report: InsightsReport, t: Words): Slice<Recommendation>[] {
  return RECOMMENDATIONS.map((key) => ({
    key,
    label: t(`triage.recommendation.${key}`),
    value: report.sourcing.recommendations[key],
  }));
}

export function areaRows(report: InsightsReport, t: Words): AreaRow[] {
  return report.byArea.map(({ category, ideas, votes }) => ({
    area: category ?? t('insights.areas.noCategory'),
    ideas,
    votes,
  }));
}

export type Stage = 'submitted' | 'shortlisted' | 'planned' | 'delivered';

export function funnelStages(report: InsightsReport, t: Words): Slice<Stage>[] {
  const { submitted, shortlisted, planned, delivered } = report.funnel;
  return [
    { key: 'submitted', label: t('insights.stage.submitted'), value: submitted },
    { key: 'shortlisted', label: t('insights.stage.shortlisted'), value: shortlisted },
    { key: 'planned', label: t('insights.stage.planned'), value: planned },
    { key: 'delivered', label: t('insights.stage.delivered'), value: delivered },
  ];
}

/** The benefit kinds some delivered idea reports, in core's order. */
export function benefitRows(report: InsightsReport, t: Words): BenefitRow[] {
  return BENEFIT_KINDS.filter((kind) => report.benefits[kind].ideas > 0).map((kind) => ({
    kind,
    label: t(`triage.benefitKind.${kind}`),
    ...report.benefits[kind],
  }));
}

/** Uptime is averaged over the ideas that report it; every other benefit is added up (the catalog's select). */
export const benefitMeaning = (kind: BenefitKind): 'average' | 'total' =>
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
  { t, formatLocale: locale }: Translator,
): string {
  switch (kind) {
    case 'hours_saved_per_month':
      return t('insights.benefits.hours', { hours: value });
    case 'cost_saved':
      return moneyText(value, currency, locale);
    case 'uptime_percent':
      return t('insights.benefits.uptime', { percent: value });
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
