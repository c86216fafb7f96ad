import { Text } from '@fluentui/react-components';
import {
  DonutChart,
  FunnelChart,
  GroupedVerticalBarChart,
  HorizontalBarChart,
  type ChartProps,
} from '@fluentui/react-charts';
import type { InsightsReport } from '../../api/insightsApi';
import { ChartCard } from './ChartCard';
import type { ChartColors } from './chartColors';
import {
  areaRows,
  benefitMeaning,
  benefitRows,
  decisionSlices,
  funnelStages,
  numberText,
  recommendationSlices,
  shareText,
  sourcingSlices,
  type Slice,
} from './insightsFigures';
import { useInsightsPageStyles } from './InsightsPage.styles';

/** The chart shows this many business areas, most ideas first; its table lists them all. */
const AREAS_CHARTED = 6;

export interface InsightsChartsProps {
  report: InsightsReport;
  colors: ChartColors;
  locale: string;
}

/** The insights as charts, each readable as a table of the same numbers. */
export function InsightsCharts({ report, colors, locale }: InsightsChartsProps) {
  const styles = useInsightsPageStyles();
  // The charts' legends capitalise every word by default; ours are sentences.
  const legendProps = { styles: { text: styles.legendText }, enabledWrapLines: true, centerLegends: true };
  const n = (value: number) => numberText(value, locale);
  const share = (part: number, whole: number) => (whole === 0 ? '–' : shareText(part / whole, locale));
  const total = (slices: Slice[]) => slices.reduce((sum, slice) => sum + slice.value, 0);

  const decisions = decisionSlices(report);
  const decided = total(decisions);
  const areas = areaRows(report);
  const sourcing = sourcingSlices(report);
  const recommendations = recommendationSlices(report);
  const classified = total(recommendations);
  const stages = funnelStages(report);
  const submitted = report.funnel.submitted;
  const charted = areas.slice(0, AREAS_CHARTED);
  const benefits = benefitRows(report);
  // A benefit without amounts (only a note) has no bar to draw; the table still counts its ideas.
  const measurable = benefits.filter((row) => row.expected > 0 || row.measured > 0);

  return (
    <div className={styles.charts}>
      <ChartCard
        id="decision-mix"
        title="Decision mix"
        description="Where IT's decisions stand: enabled (planned, in progress or delivered), not yet decided (new or under review), declined."
        empty={decided === 0 ? 'No ideas to show decisions for.' : undefined}
        table={{
          columns: ['Decision', 'Ideas', 'Share'],
          rows: decisions.map((slice) => ({
            key: slice.key,
            cells: [slice.label, n(slice.value), share(slice.value, decided)],
          })),
        }}
      >
        <DonutChart
          data={{
            chartTitle: 'Decision mix',
            chartData: decisions.map((slice) => ({
              legend: slice.label,
              data: slice.value,
              color: colors.decision[slice.key],
            })),
          }}
          // The card's heading names the chart; the chart's own title stays for screen readers only.
          styles={{ chartTitle: styles.hiddenChartTitle, legendContainer: '' }}
          innerRadius={55}
          height={240}
          valueInsideDonut={n(decided)}
          hideLabels={false}
          showLabelsInPercent
          legendProps={legendProps}
          culture={locale}
        />
      </ChartCard>

      <ChartCard
        id="business-areas"
        title="Ideas and votes per business area"
        description={
          areas.length > AREAS_CHARTED
            ? `The ${AREAS_CHARTED} areas with the most ideas; the table lists all ${n(areas.length)}.`
            : 'How many ideas each business area brought, and the votes they drew.'
        }
        empty={areas.length === 0 ? 'No ideas to count by business area.' : undefined}
        table={{
          columns: ['Business area', 'Ideas', 'Votes'],
          rows: areas.map((row) => ({ key: row.area, cells: [row.area, n(row.ideas), n(row.votes)] })),
        }}
      >
        <GroupedVerticalBarChart
          data={charted.map((row) => ({
            name: row.area,
            series: [
              { key: 'ideas', data: row.ideas, legend: 'Ideas', color: colors.ideas },
              // Votes run to tens of times the ideas: they get their own scale, on the right.
              {
                key: 'votes',
                data: row.votes,
                legend: 'Votes',
                color: colors.votes,
                useSecondaryYScale: true,
              },
            ],
          }))}
          height={300}
          yAxisTitle="Ideas"
          secondaryYAxistitle="Votes"
          secondaryYScaleOptions={{
            yMinValue: 0,
            yMaxValue: roundUp(Math.max(1, ...charted.map((row) => row.votes))),
          }}
          rotateXAxisLables
          hideLabels={false}
          legendProps={legendProps}
          culture={locale}
        />
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
        <HorizontalBarChart
          data={[
            stackedBar('Sourcing', sourcing, (key) => colors.sourcing[key]),
            stackedBar('Recommendation', recommendations, (key) => colors.recommendation[key]),
          ]}
          chartDataMode="hidden"
          legendProps={legendProps}
          culture={locale}
        />
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
        <div className={styles.funnel}>
          <FunnelChart
            data={stages.map((stage) => ({
              stage: stage.label,
              value: stage.value,
              color: colors.stage[stage.key],
            }))}
            height={220}
            culture={locale}
            // Names the drawing for screen readers; the card's heading already says what it is.
            chartTitle="Funnel from submitted to delivered"
            styles={{ chartTitle: styles.hiddenChartTitle }}
            legendProps={legendProps}
          />
        </div>
      </ChartCard>

      <ChartCard
        id="benefits"
        title="Delivered benefits"
        description="What delivered ideas were expected to bring and what was measured: uptime averaged, the rest added up."
        empty={benefits.length === 0 ? 'No delivered idea has a benefit recorded yet.' : undefined}
        table={{
          columns: ['Benefit', 'Expected', 'Measured', 'Ideas'],
          rows: benefits.map((row) => ({
            key: row.kind,
            cells: [
              `${row.label} (${benefitMeaning(row.kind)})`,
              n(row.expected),
              n(row.measured),
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
          <HorizontalBarChart
            data={measurable.map((row) => ({
              chartTitle: `${row.label}: ${n(row.measured)} measured of ${n(row.expected)} expected`,
              chartData: [
                {
                  legend: 'Measured',
                  horizontalBarChartdata: { x: row.measured, total: Math.max(row.expected, row.measured, 1) },
                  color: colors.measured,
                },
              ],
            }))}
            chartDataMode="hidden"
            culture={locale}
          />
        )}
      </ChartCard>
    </div>
  );
}

/** The top of an axis: the value rounded up to a step of 1, 2 or 5 times a power of ten, in at most 6 steps. */
function roundUp(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step =
    [0.1, 0.2, 0.5, 1, 2, 5].map((factor) => factor * power).find((size) => value / size <= 6) ?? power;
  // toPrecision drops the binary noise of steps such as 0.1 × 100.
  return Number((Math.ceil(value / step) * step).toPrecision(12));
}

/** One bar of a horizontal bar chart, split into its slices. */
function stackedBar<K extends string>(
  title: string,
  slices: Slice<K>[],
  color: (key: K) => string,
): ChartProps {
  const whole = Math.max(
    1,
    slices.reduce((sum, slice) => sum + slice.value, 0),
  );
  return {
    chartTitle: title,
    chartData: slices.map((slice) => ({
      legend: slice.label,
      horizontalBarChartdata: { x: slice.value, total: whole },
      color: color(slice.key),
    })),
  };
}
