import { Badge, ToggleButton } from '@fluentui/react-components';
import { CalendarLtr20Regular } from '@fluentui/react-icons';
import { safeLocale } from '../app/safeLocale';
import { useTranslator } from '../app/translation';
import { closingOf, phaseLabel, untilText } from '../shared/cycleText';
import { dateText } from '../shared/ideaText';
import { cycleViewChange } from './viewState';
import { useNarrowScreen } from './useBoardFilters';
import { useCycleBannerStyles } from './CycleBanner.styles';
import type { CurrentCycle } from './useBoardCycles';
import type { ViewState } from './viewState';

export interface CycleBannerProps {
  current: CurrentCycle;
  view: ViewState;
  onChange(change: Partial<ViewState>): void;
}

/**
 * The planning cycle the board is in: its name, phase, when the phase closes and how many ideas take part, with one
 * click to the cycle's ideas and one to its shortlist (each a toggle: pressed again, the board shows again).
 */
export function CycleBanner({ current, view, onChange }: CycleBannerProps) {
  const styles = useCycleBannerStyles();
  const { t, formatLocale: locale } = useTranslator();
  const { cycle, ideas, shortlist } = current;
  const headingId = `cycle-banner-${cycle.id}`;
  const closing = closingOf(cycle);
  const showing = view.cycleId === cycle.id;
  const narrow = useNarrowScreen();
  const absolute = dateText(closing.at, locale);
  const day = new Intl.DateTimeFormat(safeLocale(locale), { month: 'short', day: 'numeric' }).format(
    new Date(closing.at),
  );
  const relative = untilText(closing.at, locale);
  const closes = (date: string) =>
    closing.what === 'submissions'
      ? t('board.cycle.submissionsClose', { relative, date })
      : t('board.cycle.votingCloses', { relative, date });

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <CalendarLtr20Regular aria-hidden className={styles.icon} />
      <div className={styles.text}>
        <div className={styles.titleLine}>
          <h2 id={headingId} className={styles.name} dir="auto">
            {cycle.name}
          </h2>
          <Badge appearance="filled" color="brand" size="small" className={styles.badge}>
            {phaseLabel(t, cycle.phase)}
          </Badge>
        </div>
        <span className={styles.details}>
          {/* The moment in full where there is room, its day alone on a phone. */}
          <time dateTime={closing.at}>{closes(narrow ? day : absolute)}</time>
          {ideas !== null && (
            <span className={styles.wideOnly}>
              {' · '}
              {t('board.cycle.ideas', { count: ideas })}
            </span>
          )}
          <span className={styles.wideOnly}>
            {' · '}
            {t('board.cycle.shortlistGoesToIt', { count: cycle.shortlistSize })}
          </span>
        </span>
      </div>
      <div
        role="group"
        aria-label={t('board.cycle.showFrom', { cycle: cycle.name })}
        className={styles.actions}
      >
        <ToggleButton
          size="small"
          checked={showing && !view.shortlist}
          onClick={() => onChange(cycleViewChange(view, cycle.id, false))}
        >
          {ideas === null ? t('board.cycle.itsIdeas') : t('board.cycle.ideas', { count: ideas })}
        </ToggleButton>
        <ToggleButton
          size="small"
          checked={showing && view.shortlist}
          onClick={() => onChange(cycleViewChange(view, cycle.id, true))}
        >
          {shortlist === null
            ? t('board.cycle.shortlist')
            : t('board.cycle.shortlistCount', { count: shortlist })}
        </ToggleButton>
      </div>
    </section>
  );
}
