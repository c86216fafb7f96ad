import { useMemo } from 'react';
import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  ProgressBar,
  Skeleton,
  SkeletonItem,
  Text,
} from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import type { CycleView } from '../../api/cyclesApi';
import type { InsightsReport } from '../../api/insightsApi';
import { countText } from '../../board/ideaText';
import { chartColors } from './chartColors';
import { InsightsCharts } from './InsightsCharts';
import { DEFAULT_PERIOD, PERIOD_LABELS, PERIODS, type InsightsFilters, type Period } from './insightsFilters';
import { headlineFigures } from './insightsFigures';
import { useInsightsPageStyles } from './InsightsPage.styles';
import type { InsightsPageProps } from './InsightsPage.types';
import { useInsightsPage } from './useInsightsPage';

const ALL_CYCLES = '';

/** How IT responds to ideas, for everyone: headline figures and charts, filtered by board, cycle and period. */
export function InsightsPage(props: InsightsPageProps) {
  const { canExport, locale, theme } = props;
  const styles = useInsightsPageStyles();
  const page = useInsightsPage(props);
  const colors = useMemo(() => chartColors(theme), [theme]);
  const { report, filters } = page;
  const exporting = page.exported.state === 'exporting';

  return (
    <main className={styles.root} aria-busy={page.status === 'loading'}>
      {page.refreshing && <ProgressBar className={styles.refreshing} aria-label="Updating the insights" />}
      <div className={styles.intro}>
        <div className={styles.introText}>
          <h2 className={styles.pageTitle}>Insights</h2>
          <Text className={styles.muted}>How IT answers ideas: how fast, how, and what came of them.</Text>
        </div>
        {canExport && (
          <Button icon={<ArrowDownload20Regular />} disabledFocusable={exporting} onClick={page.exportCsv}>
            {exporting ? 'Exporting…' : 'Export CSV'}
          </Button>
        )}
      </div>
      {page.exported.state === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{page.exported.problem}</MessageBarBody>
        </MessageBar>
      )}
      <FilterBar
        filters={filters}
        cycles={page.cycles}
        periodProblem={page.periodProblem}
        onChange={page.changeFilters}
      />
      <div role="status" className={styles.muted}>
        {report && page.status === 'ready' && `Counting ${countText(report.ideas, 'idea', 'ideas', locale)}.`}
      </div>
      {page.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{page.problem}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={page.retry}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {page.status === 'loading' && !report && !page.periodProblem && <InsightsSkeleton />}
      {report && report.ideas === 0 && (
        <div className={styles.empty}>
          <h3 className={styles.emptyTitle}>No ideas in this view</h3>
          <Text>
            Insights count the ideas submitted in the period chosen. Try a longer period or every cycle.
          </Text>
          {(filters.period !== DEFAULT_PERIOD || filters.cycleId) && (
            <div>
              <Button onClick={() => page.changeFilters({ period: DEFAULT_PERIOD, cycleId: undefined })}>
                Show all time
              </Button>
            </div>
          )}
        </div>
      )}
      {report && report.ideas > 0 && (
        <>
          <HeadlineFigures report={report} locale={locale} />
          <InsightsCharts report={report} colors={colors} locale={locale} />
        </>
      )}
    </main>
  );
}

interface FilterBarProps {
  filters: InsightsFilters;
  cycles: CycleView[];
  periodProblem?: string;
  onChange(change: Partial<InsightsFilters>): void;
}

/** Cycle and period; the board itself is chosen in the tab's header. */
function FilterBar({ filters, cycles, periodProblem, onChange }: FilterBarProps) {
  const styles = useInsightsPageStyles();
  const cycle = cycles.find((known) => known.id === filters.cycleId);
  return (
    <div role="group" aria-label="Filter the insights" className={styles.filters}>
      <Field label="Cycle" className={styles.filter}>
        <Dropdown
          className={styles.dropdown}
          value={cycle?.name ?? (filters.cycleId ? 'Chosen cycle' : 'All cycles')}
          selectedOptions={[filters.cycleId ?? ALL_CYCLES]}
          onOptionSelect={(_, data) => onChange({ cycleId: data.optionValue || undefined })}
        >
          <Option value={ALL_CYCLES}>All cycles</Option>
          {cycles.map((known) => (
            <Option key={known.id} value={known.id}>
              {known.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Submitted" className={styles.filter}>
        <Dropdown
          className={styles.dropdown}
          value={PERIOD_LABELS[filters.period]}
          selectedOptions={[filters.period]}
          onOptionSelect={(_, data) => data.optionValue && onChange({ period: data.optionValue as Period })}
        >
          {PERIODS.map((period) => (
            <Option key={period} value={period}>
              {PERIOD_LABELS[period]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {filters.period === 'custom' && (
        <>
          <Field label="From" className={styles.dateField}>
            <Input
              type="date"
              value={filters.from ?? ''}
              onChange={(_, data) => onChange({ from: data.value || undefined })}
            />
          </Field>
          <Field
            label="To"
            className={styles.dateField}
            validationState={periodProblem ? 'error' : 'none'}
            validationMessage={periodProblem}
          >
            <Input
              type="date"
              value={filters.to ?? ''}
              onChange={(_, data) => onChange({ to: data.value || undefined })}
            />
          </Field>
        </>
      )}
    </div>
  );
}

function HeadlineFigures({ report, locale }: { report: InsightsReport; locale: string }) {
  const styles = useInsightsPageStyles();
  return (
    <section aria-label="Headline figures">
      <dl className={styles.figures}>
        {headlineFigures(report, locale).map((figure) => (
          <div key={figure.id} className={styles.figure} data-figure={figure.id}>
            <dt className={styles.figureLabel}>{figure.label}</dt>
            <dd className={styles.figureValue}>{figure.value}</dd>
            <dd className={styles.figureNote}>{figure.note}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function InsightsSkeleton() {
  const styles = useInsightsPageStyles();
  return (
    <Skeleton aria-label="Loading the insights" className={styles.skeleton}>
      <div className={styles.skeletonFigures}>
        {Array.from({ length: 4 }, (_, index) => (
          <SkeletonItem key={index} shape="rectangle" className={styles.skeletonFigure} />
        ))}
      </div>
      <div className={styles.charts}>
        {Array.from({ length: 2 }, (_, index) => (
          <SkeletonItem key={index} shape="rectangle" className={styles.skeletonChart} />
        ))}
      </div>
    </Skeleton>
  );
}
