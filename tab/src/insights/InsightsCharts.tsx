import { Text } from '@fluentui/react-components';
import type { InsightsReport } from '../api/insightsApi';
import { BarList } from './BarList';
import { ChartCard } from './ChartCard';
import type { ChartColors, Mark } from './chartColors';
import {
  areaRows,
  benefitAmountText,
  benefitMeaning,
  benefitRows,
  businessDaysText,
  decisionSlices,
  funnelStages,
  monthText,
  numberText,
  recommendationSlices,
  shareText,
  sourcingSlices,
  type Slice,
} from './insightsFigures';
import { useTranslator } from '../app/translation';
import { useInsightsPageStyles } from './InsightsPage.styles';
import { TrendChart } from './TrendChart';

/** The bar charts of business areas show this many, most ideas first; their table lists them all. */
const AREAS_CHARTED = 8;

export interface InsightsChartsProps {
  report: InsightsReport;
  colors: ChartColors;
}

/** The insights as charts, each readable as a table of the same numbers. */
export function InsightsCharts({ report, colors }: InsightsChartsProps) {
  const styles = useInsightsPageStyles();
  const translator = useTranslator();
  const { t } = translator;
  // Numbers, months and money in the person's own format, as their catalog's words around them.
  const locale = translator.formatLocale;
  const n = (value: number) => numberText(value, locale);
  const share = (part: number, whole: number) => (whole === 0 ? '–' : shareText(part / whole, locale));
  const total = (slices: Slice[]) => slices.reduce((sum, slice) => sum + slice.value, 0);
  const sliceBars = <K extends string>(slices: Slice<K>[], marks: Record<K, Mark>) => {
    const whole = total(slices);
    return slices.map((slice) => ({
      key: slice.key,
      label: slice.label,
      value: slice.value,
      text: t('insights.bar.text', { value: n(slice.value), share: share(slice.value, whole) }),
      mark: marks[slice.key],
    }));
  };

  const trend = report.responseTrend;
  const months = trend.map((month) => month.month);
  const answeredMonths = trend.filter((month) => month.answered > 0).length;
  const measuredMonths = trend.filter((month) => month.slaMeasured > 0).length;
  const orDash = (value: number | null, text: (value: number) => string) =>
    value === null ? '–' : text(value);
  const slaDays = businessDaysText(report.sla.businessDays, translator);

  const decisions = decisionSlices(report, t);
  const areas = areaRows(report, t);
  const charted = areas.slice(0, AREAS_CHARTED);
  const sourcing = sourcingSlices(report, t);
  const recommendations = recommendationSlices(report, t);
  const classified = total(recommendations);
  const stages = funnelStages(report, t);
  const submitted = report.funnel.submitted;
  const benefits = benefitRows(report, t);
  const amount = (row: (typeof benefits)[number], value: number) =>
    benefitAmountText(row.kind, value, report.currency, translator);
  // A benefit without amounts (only a note) has no bar to draw; the table still counts its ideas.
  const measurable = benefits.filter((row) => row.expected > 0 || row.measured > 0);

  return (
    <div className={styles.charts}>
      <ChartCard
        id="response-trend"
        title={t('insights.trend.title')}
        description={t('insights.trend.description')}
        empty={answeredMonths === 0 ? t('insights.trend.empty') : undefined}
        table={{
          columns: [
            t('insights.column.month'),
            t('insights.column.ideas'),
            t('insights.column.answered'),
            t('insights.column.median'),
            t('insights.column.p90'),
          ],
          rows: trend.map((month) => ({
            key: month.month,
            cells: [
              monthText(month.month, locale),
              n(month.ideas),
              n(month.answered),
              orDash(month.medianBusinessDays, n),
              orDash(month.p90BusinessDays, n),
            ],
          })),
        }}
      >
        <TrendChart
          kind="line"
          label={t('insights.trend.label')}
          months={months}
          locale={locale}
          format={n}
          series={[
            {
              key: 'median',
              label: t('insights.trend.median'),
              values: trend.map((month) => month.medianBusinessDays),
              mark: colors.median,
            },
            {
              key: 'p90',
              label: t('insights.trend.p90'),
              values: trend.map((month) => month.p90BusinessDays),
              mark: colors.p90,
            },
          ]}
        />
      </ChartCard>

      <ChartCard
        id="sla-trend"
        title={t('insights.sla.title')}
        description={t('insights.sla.description', { sla: slaDays })}
        empty={measuredMonths === 0 ? t('insights.sla.empty') : undefined}
        table={{
          columns: [
            t('insights.column.month'),
            t('insights.column.within'),
            t('insights.column.counted'),
            t('insights.column.share'),
          ],
          rows: trend.map((month) => ({
            key: month.month,
            cells: [
              monthText(month.month, locale),
              n(month.withinSla),
              n(month.slaMeasured),
              orDash(month.withinShare, (value) => shareText(value, locale)),
            ],
          })),
        }}
      >
        <TrendChart
          kind="bar"
          label={t('insights.sla.label', { sla: slaDays })}
          months={months}
          locale={locale}
          max={1}
          format={(value) => shareText(value, locale)}
          shortFormat={(value) => n(Math.round(value * 100))}
          series={[
            {
              key: 'withinSla',
              label: t('insights.sla.within'),
              values: trend.map((month) => month.withinShare),
              mark: colors.withinSla,
            },
          ]}
        />
      </ChartCard>

      <ChartCard
        id="decision-mix"
        title={t('insights.decisions.title')}
        description={t('insights.decisions.description')}
        empty={total(decisions) === 0 ? t('insights.decisions.empty') : undefined}
        table={{
          columns: [t('insights.column.decision'), t('insights.column.ideas'), t('insights.column.share')],
          rows: decisions.map((slice) => ({
            key: slice.key,
            cells: [slice.label, n(slice.value), share(slice.value, total(decisions))],
          })),
        }}
      >
        <BarList label={t('insights.decisions.label')} bars={sliceBars(decisions, colors.decision)} />
      </ChartCard>

      <ChartCard
        id="business-areas"
        title={t('insights.areas.title')}
        description={
          areas.length > AREAS_CHARTED
            ? t('insights.areas.descriptionTop', { charted: AREAS_CHARTED, all: areas.length })
            : t('insights.areas.description')
        }
        empty={areas.length === 0 ? t('insights.areas.empty') : undefined}
        table={{
          columns: [t('insights.column.area'), t('insights.column.ideas'), t('insights.column.votes')],
          rows: areas.map((row) => ({ key: row.area, cells: [row.area, n(row.ideas), n(row.votes)] })),
        }}
      >
        <div className={styles.pair}>
          <div className={styles.part}>
            <h4 className={styles.partTitle}>{t('insights.areas.ideas')}</h4>
            <BarList
              label={t('insights.areas.ideasLabel')}
              bars={charted.map((row) => ({
                key: row.area,
                label: row.area,
                value: row.ideas,
                text: n(row.ideas),
                mark: colors.ideas,
              }))}
            />
          </div>
          <div className={styles.part}>
            <h4 className={styles.partTitle}>{t('insights.areas.votes')}</h4>
            <BarList
              label={t('insights.areas.votesLabel')}
              bars={charted.map((row) => ({
                key: row.area,
                label: row.area,
                value: row.votes,
                text: n(row.votes),
                mark: colors.votes,
              }))}
            />
          </div>
        </div>
      </ChartCard>

      <ChartCard
        id="sourcing"
        title={t('insights.sourcing.title')}
        description={t('insights.sourcing.description')}
        empty={submitted === 0 ? t('insights.sourcing.empty') : undefined}
        table={{
          columns: [t('insights.column.sourcing'), t('insights.column.ideas'), t('insights.column.share')],
          rows: [
            ...sourcing.map((slice) => ({
              key: slice.key,
              cells: [slice.label, n(slice.value), share(slice.value, total(sourcing))],
            })),
            ...recommendations.map((slice) => ({
              key: slice.key,
              cells: [
                t('insights.sourcing.recommended', { recommendation: slice.key }),
                n(slice.value),
                share(slice.value, classified),
              ],
            })),
          ],
        }}
      >
        <div className={styles.pair}>
          <div className={styles.part}>
            <h4 className={styles.partTitle}>{t('insights.sourcing.heading')}</h4>
            <BarList label={t('insights.sourcing.label')} bars={sliceBars(sourcing, colors.sourcing)} />
          </div>
          <div className={styles.part}>
            <h4 className={styles.partTitle}>{t('insights.recommendation.heading')}</h4>
            {classified === 0 ? (
              <Text className={styles.muted}>{t('insights.recommendation.none')}</Text>
            ) : (
              <BarList
                label={t('insights.recommendation.label')}
                bars={sliceBars(recommendations, colors.recommendation)}
              />
            )}
          </div>
        </div>
      </ChartCard>

      <ChartCard
        id="funnel"
        title={t('insights.funnel.title')}
        description={t('insights.funnel.description')}
        empty={submitted === 0 ? t('insights.funnel.empty') : undefined}
        table={{
          columns: [
            t('insights.column.stage'),
            t('insights.column.ideas'),
            t('insights.column.shareOfSubmitted'),
          ],
          rows: stages.map((stage) => ({
            key: stage.key,
            cells: [stage.label, n(stage.value), share(stage.value, submitted)],
          })),
        }}
      >
        <BarList
          label={t('insights.funnel.label')}
          max={submitted}
          bars={stages.map((stage) => ({
            key: stage.key,
            label: stage.label,
            value: stage.value,
            text: t('insights.bar.text', { value: n(stage.value), share: share(stage.value, submitted) }),
            mark: colors.stage[stage.key],
          }))}
        />
      </ChartCard>

      <ChartCard
        id="benefits"
        title={t('insights.benefits.title')}
        description={t('insights.benefits.description', { currency: report.currency })}
        empty={benefits.length === 0 ? t('insights.benefits.empty') : undefined}
        table={{
          columns: [
            t('insights.column.benefit'),
            t('insights.column.expected'),
            t('insights.column.measured'),
            t('insights.column.ideas'),
          ],
          rows: benefits.map((row) => ({
            key: row.kind,
            cells: [
              t('insights.benefits.row', { benefit: row.label, meaning: benefitMeaning(row.kind) }),
              amount(row, row.expected),
              amount(row, row.measured),
              n(row.ideas),
            ],
          })),
        }}
      >
        {measurable.length === 0 ? (
          <Text className={styles.muted}>{t('insights.benefits.noAmounts')}</Text>
        ) : (
          <div className={styles.stack}>
            {measurable.map((row) => (
              <div key={row.kind} className={styles.part}>
                <h4 className={styles.partTitle}>
                  {t('insights.benefits.heading', {
                    benefit: row.label,
                    meaning: benefitMeaning(row.kind),
                    ideas: row.ideas,
                  })}
                </h4>
                <BarList
                  label={row.label}
                  bars={[
                    {
                      key: 'expected',
                      label: t('insights.benefits.expected'),
                      value: row.expected,
                      text: amount(row, row.expected),
                      mark: colors.expected,
                    },
                    {
                      key: 'measured',
                      label: t('insights.benefits.measured'),
                      value: row.measured,
                      text: amount(row, row.measured),
                      mark: colors.measured,
                    },
                  ]}
                />
              </div>
            ))}
          </div>
        )}
      </ChartCard>
    </div>
  );
}
