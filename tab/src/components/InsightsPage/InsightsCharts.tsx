import { Text } from '@fluentui/react-components';
import type { InsightsReport } from '../../api/insightsApi';
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
import { useInsightsPageStyles } from './InsightsPage.styles';
import { TrendChart } from './TrendChart';

/** The bar charts of business areas show this many, most ideas first; their table lists them all. */
const AREAS_CHARTED = 8;

export interface InsightsChartsProps {
  report: InsightsReport;
  colors: ChartColors;
  locale: string;
}

/** The insights as charts, each readable as a table of the same numbers. */
export function InsightsCharts({ report, colors, locale }: InsightsChartsProps) {
  const styles = useInsightsPageStyles();
  const n = (value: number) => numberText(value, locale);
  const share = (part: number, whole: number) => (whole === 0 ? '–' : shareText(part / whole, locale));
  const total = (slices: Slice[]) => slices.reduce((sum, slice) => sum + slice.value, 0);
  const sliceBars = <K extends string>(slices: Slice<K>[], marks: Record<K, Mark>) => {
    const whole = total(slices);
    return slices.map((slice) => ({
      key: slice.key,
      label: slice.label,
      value: slice.value,
      text: `${n(slice.value)} · ${share(slice.value, whole)}`,
      mark: marks[slice.key],
    }));
  };

  const trend = report.responseTrend;
  const months = trend.map((month) => month.month);
  const answeredMonths = trend.filter((month) => month.answered > 0).length;
  const measuredMonths = trend.filter((month) => month.slaMeasured > 0).length;
  const orDash = (value: number | null, text: (value: number) => string) =>
    value === null ? '–' : text(value);
  const slaDays = businessDaysText(report.sla.businessDays, locale);

  const decisions = decisionSlices(report);
  const areas = areaRows(report);
  const charted = areas.slice(0, AREAS_CHARTED);
  const sourcing = sourcingSlices(report);
  const recommendations = recommendationSlices(report);
  const classified = total(recommendations);
  const stages = funnelStages(report);
  const submitted = report.funnel.submitted;
  const benefits = benefitRows(report);
  const amount = (row: (typeof benefits)[number], value: number) =>
    benefitAmountText(row.kind, value, report.currency, locale);
  // A benefit without amounts (only a note) has no bar to draw; the table still counts its ideas.
  const measurable = benefits.filter((row) => row.expected > 0 || row.measured > 0);

  return (
    <div className={styles.charts}>
      <ChartCard
        id="response-trend"
        title="Time to first answer, by month"
        description="Median and 90th percentile business days from submission to IT's first public answer (a status change or an answer without one), by the month ideas were submitted (UTC). A month without answered ideas is a gap."
        empty={answeredMonths === 0 ? 'No idea in these months has an answer yet.' : undefined}
        table={{
          columns: ['Month', 'Ideas', 'Answered', 'Median', '90th percentile'],
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
          label="Business days to first answer per month: median and 90th percentile. The table gives every figure."
          months={months}
          locale={locale}
          format={n}
          series={[
            {
              key: 'median',
              label: 'Median, business days',
              values: trend.map((month) => month.medianBusinessDays),
              mark: colors.median,
            },
            {
              key: 'p90',
              label: '90th percentile, business days',
              values: trend.map((month) => month.p90BusinessDays),
              mark: colors.p90,
            },
          ]}
        />
      </ChartCard>

      <ChartCard
        id="sla-trend"
        title="Answered within the SLA, by month"
        description={`Of each month's ideas, the share answered within ${slaDays}. An idea still waiting counts as missed once it is past due, and is not counted before; a month with nothing to count is a gap.`}
        empty={measuredMonths === 0 ? 'Nothing to measure against the SLA in these months yet.' : undefined}
        table={{
          columns: ['Month', 'Within the SLA', 'Counted', 'Share'],
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
          label={`Share of each month's ideas answered within ${slaDays}. The table gives every figure.`}
          months={months}
          locale={locale}
          max={1}
          format={(value) => shareText(value, locale)}
          shortFormat={(value) => n(Math.round(value * 100))}
          series={[
            {
              key: 'withinSla',
              label: 'Within the SLA',
              values: trend.map((month) => month.withinShare),
              mark: colors.withinSla,
            },
          ]}
        />
      </ChartCard>

      <ChartCard
        id="decision-mix"
        title="Decision mix"
        description="Where IT's decisions stand: enabled (planned, in progress or delivered), not yet decided (new or under review), declined."
        empty={total(decisions) === 0 ? 'No ideas to show decisions for.' : undefined}
        table={{
          columns: ['Decision', 'Ideas', 'Share'],
          rows: decisions.map((slice) => ({
            key: slice.key,
            cells: [slice.label, n(slice.value), share(slice.value, total(decisions))],
          })),
        }}
      >
        <BarList label="Ideas by decision" bars={sliceBars(decisions, colors.decision)} />
      </ChartCard>

      <ChartCard
        id="business-areas"
        title="Ideas and votes per business area"
        description={
          areas.length > AREAS_CHARTED
            ? `The ${AREAS_CHARTED} areas with the most ideas, each count on its own scale; the table lists all ${n(areas.length)}.`
            : 'How many ideas each business area brought, and the votes they drew, each on its own scale.'
        }
        empty={areas.length === 0 ? 'No ideas to count by business area.' : undefined}
        table={{
          columns: ['Business area', 'Ideas', 'Votes'],
          rows: areas.map((row) => ({ key: row.area, cells: [row.area, n(row.ideas), n(row.votes)] })),
        }}
      >
        <div className={styles.pair}>
          <div className={styles.part}>
            <h4 className={styles.partTitle}>Ideas</h4>
            <BarList
              label="Ideas per business area"
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
            <h4 className={styles.partTitle}>Votes</h4>
            <BarList
              label="Votes per business area"
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
        title="Core and non-core"
        description="IT's classification: core ideas are built or kept in-house, non-core ones bought or outsourced."
        empty={submitted === 0 ? 'No ideas to classify.' : undefined}
        table={{
          columns: ['Sourcing', 'Ideas', 'Share'],
          rows: [
            ...sourcing.map((slice) => ({
              key: slice.key,
              cells: [slice.label, n(slice.value), share(slice.value, total(sourcing))],
            })),
            ...recommendations.map((slice) => ({
              key: slice.key,
              cells: [
                `Recommended: ${slice.label.toLowerCase()}`,
                n(slice.value),
                share(slice.value, classified),
              ],
            })),
          ],
        }}
      >
        <div className={styles.pair}>
          <div className={styles.part}>
            <h4 className={styles.partTitle}>Sourcing</h4>
            <BarList label="Ideas by sourcing" bars={sliceBars(sourcing, colors.sourcing)} />
          </div>
          <div className={styles.part}>
            <h4 className={styles.partTitle}>Recommendation</h4>
            {classified === 0 ? (
              <Text className={styles.muted}>No idea is classified yet.</Text>
            ) : (
              <BarList
                label="Classified ideas by recommendation"
                bars={sliceBars(recommendations, colors.recommendation)}
              />
            )}
          </div>
        </div>
      </ChartCard>

      <ChartCard
        id="funnel"
        title="Cycle funnel"
        description="How far the ideas got: submitted, shortlisted for review, planned, delivered."
        empty={submitted === 0 ? 'No ideas submitted in this view.' : undefined}
        table={{
          columns: ['Stage', 'Ideas', 'Share of submitted'],
          rows: stages.map((stage) => ({
            key: stage.key,
            cells: [stage.label, n(stage.value), share(stage.value, submitted)],
          })),
        }}
      >
        <BarList
          label="Ideas per stage"
          max={submitted}
          bars={stages.map((stage) => ({
            key: stage.key,
            label: stage.label,
            value: stage.value,
            text: `${n(stage.value)} · ${share(stage.value, submitted)}`,
            mark: colors.stage[stage.key],
          }))}
        />
      </ChartCard>

      <ChartCard
        id="benefits"
        title="Delivered benefits"
        description={`What delivered ideas were expected to bring and what was measured, money in ${report.currency}: uptime averaged, the rest added up.`}
        empty={benefits.length === 0 ? 'No delivered idea has a benefit recorded yet.' : undefined}
        table={{
          columns: ['Benefit', 'Expected', 'Measured', 'Ideas'],
          rows: benefits.map((row) => ({
            key: row.kind,
            cells: [
              `${row.label} (${benefitMeaning(row.kind)})`,
              amount(row, row.expected),
              amount(row, row.measured),
              n(row.ideas),
            ],
          })),
        }}
      >
        {measurable.length === 0 ? (
          <Text className={styles.muted}>
            The benefits recorded have no amounts yet: the table counts their ideas.
          </Text>
        ) : (
          <div className={styles.stack}>
            {measurable.map((row) => (
              <div key={row.kind} className={styles.part}>
                <h4 className={styles.partTitle}>
                  {row.label} ({benefitMeaning(row.kind)}, {n(row.ideas)} {row.ideas === 1 ? 'idea' : 'ideas'}
                  )
                </h4>
                <BarList
                  label={row.label}
                  bars={[
                    {
                      key: 'expected',
                      label: 'Expected',
                      value: row.expected,
                      text: amount(row, row.expected),
                      mark: colors.expected,
                    },
                    {
                      key: 'measured',
                      label: 'Measured',
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
