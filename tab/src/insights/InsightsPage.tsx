import { useMemo } from 'react';
import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Skeleton,
  SkeletonItem,
  Text,
} from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import type { CycleView } from '../api/cyclesApi';
import type { InsightsReport } from '../api/insightsApi';
import { useTranslator } from '../app/translation';
import { chartColors } from './chartColors';
import { InsightsCharts } from './InsightsCharts';
import { DEFAULT_PERIOD, PERIOD_LABELS, PERIODS, type InsightsFilters, type Period } from './insightsFilters';
import { headlineFigures } from './insightsFigures';
import { useInsightsPageStyles } from './InsightsPage.styles';
import type { InsightsPageProps } from './useInsightsPage';
import { useInsightsPage } from './useInsightsPage';
import { LoadProblem } from '../shared/LoadProblem';

const ALL_CYCLES = '';

/** How IT responds to ideas, for everyone: headline figures and charts, filtered by board, cycle and period. */
export function InsightsPage(props: InsightsPageProps) {
  const { canExport, theme } = props;
  const styles = useInsightsPageStyles();
  const { t } = useTranslator();
  const page = useInsightsPage(props);
  const colors = useMemo(() => chartColors(theme), [theme]);
  const { report, filters } = page;
  const exporting = page.exported.state === 'exporting';

  return (
    <main className={styles.root} aria-busy={page.status === 'loading'}>
      {page.refreshing && <ProgressBar className={styles.refreshing} aria-label={t('insights.refreshing')} />}
      <div className={styles.intro}>
        <div className={styles.introText}>
          <h2 className={styles.pageTitle}>{t('insights.title')}</h2>
          <Text className={styles.muted}>{t('insights.intro')}</Text>
        </div>
        {canExport && (
          <Button icon={<ArrowDownload20Regular />} disabledFocusable={exporting} onClick={page.exportCsv}>
            {exporting ? t('insights.exporting') : t('insights.export')}
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
        {report && page.status === 'ready' && t('insights.counting', { count: report.ideas })}
      </div>
      {page.status === 'error' && (
        <LoadProblem problem={page.problem} onRetry={page.retry} retryLabel={t('insights.retry')} />
      )}
      {page.status === 'loading' && !report && !page.periodProblem && <InsightsSkeleton />}
      {report && report.ideas === 0 && (
        <div className={styles.empty}>
          <h3 className={styles.emptyTitle}>{t('insights.empty.title')}</h3>
          <Text>{t('insights.empty.body')}</Text>
          {(filters.period !== DEFAULT_PERIOD || filters.cycleId) && (
            <div>
              <Button onClick={() => page.changeFilters({ period: DEFAULT_PERIOD, cycleId: undefined })}>
                {t('insights.empty.showAll')}
              </Button>
            </div>
          )}
        </div>
      )}
      {report && report.ideas > 0 && (
        <>
          <HeadlineFigures report={report} />
          <InsightsCharts report={report} colors={colors} />
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
  const { t } = useTranslator();
  const cycle = cycles.find((known) => known.id === filters.cycleId);
  return (
    <div role="group" aria-label={t('insights.filters')} className={styles.filters}>
      <Field label={t('insights.cycle')} className={styles.filter}>
        <Dropdown
          clearButton={{ 'aria-label': t('form.clearSelection') }}
          className={styles.dropdown}
          value={cycle?.name ?? (filters.cycleId ? t('insights.cycle.chosen') : t('insights.cycle.all'))}
          selectedOptions={[filters.cycleId ?? ALL_CYCLES]}
          onOptionSelect={(_, data) => onChange({ cycleId: data.optionValue || undefined })}
        >
          <Option value={ALL_CYCLES}>{t('insights.cycle.all')}</Option>
          {cycles.map((known) => (
            <Option key={known.id} value={known.id}>
              {known.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('insights.submitted')} className={styles.filter}>
        <Dropdown
          clearButton={{ 'aria-label': t('form.clearSelection') }}
          className={styles.dropdown}
          value={t(PERIOD_LABELS[filters.period])}
          selectedOptions={[filters.period]}
          onOptionSelect={(_, data) => data.optionValue && onChange({ period: data.optionValue as Period })}
        >
          {PERIODS.map((period) => (
            <Option key={period} value={period}>
              {t(PERIOD_LABELS[period])}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {filters.period === 'custom' && (
        <>
          <Field label={t('insights.from')} className={styles.dateField}>
            <Input
              type="date"
              value={filters.from ?? ''}
              onChange={(_, data) => onChange({ from: data.value || undefined })}
            />
          </Field>
          <Field
            label={t('insights.to')}
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

function HeadlineFigures({ report }: { report: InsightsReport }) {
  const styles = useInsightsPageStyles();
  const translator = useTranslator();
  return (
    <section aria-label={translator.t('insights.figures')}>
      <dl className={styles.figures}>
        {headlineFigures(report, translator).map((figure) => (
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
  const { t } = useTranslator();
  return (
    <Skeleton aria-label={t('insights.loading')} className={styles.skeleton}>
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
