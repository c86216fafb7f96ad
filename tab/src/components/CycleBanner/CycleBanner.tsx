import { Badge, ToggleButton } from '@fluentui/react-components';
import { CalendarLtr20Regular } from '@fluentui/react-icons';
import { safeLocale } from '../../app/safeLocale';
import { closingOf, PHASE_LABELS, untilText } from '../../board/cycleText';
import { dateText } from '../../board/ideaText';
import { cycleViewChange } from '../../board/viewState';
import { useCycleBannerStyles } from './CycleBanner.styles';
import type { CycleBannerProps } from './CycleBanner.types';

/**
 * The planning cycle the board is in: its name, phase, when the phase closes and how many ideas take part, with one
 * click to the cycle's ideas and one to its shortlist (each a toggle: pressed again, the board shows again).
 */
export function CycleBanner({ current, view, locale, onChange }: CycleBannerProps) {
  const styles = useCycleBannerStyles();
  const { cycle, ideas, shortlist } = current;
  const headingId = `cycle-banner-${cycle.id}`;
  const closing = closingOf(cycle);
  const showing = view.cycleId === cycle.id;
  const number = (n: number) => n.toLocaleString(safeLocale(locale));
  const absolute = dateText(closing.at, locale);
  const day = new Intl.DateTimeFormat(safeLocale(locale), { month: 'short', day: 'numeric' }).format(
    new Date(closing.at),
  );

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <CalendarLtr20Regular aria-hidden className={styles.icon} />
      <div className={styles.text}>
        <div className={styles.titleLine}>
          <h2 id={headingId} className={styles.name} dir="auto">
            {cycle.name}
          </h2>
          <Badge appearance="filled" color="brand" size="small" className={styles.badge}>
            {PHASE_LABELS[cycle.phase]}
          </Badge>
        </div>
        <span className={styles.details}>
          {closing.what === 'submissions' ? 'Takes ideas until ' : 'Voting closes '}
          <time dateTime={closing.at}>
            {untilText(closing.at, locale)} <span className={styles.wideOnly}>({absolute})</span>
            <span className={styles.narrowOnly}>({day})</span>
          </time>
          {ideas !== null && (
            <span className={styles.wideOnly}>
              {' · '}
              {number(ideas)} {ideas === 1 ? 'idea' : 'ideas'}
            </span>
          )}
          <span className={styles.wideOnly}>
            {' · '}the top {number(cycle.shortlistSize)} go to IT review
          </span>
        </span>
      </div>
      <div role="group" aria-label={`Show from ${cycle.name}`} className={styles.actions}>
        <ToggleButton
          size="small"
          checked={showing && !view.shortlist}
          onClick={() => onChange(cycleViewChange(view, cycle.id, false))}
        >
          {ideas === null ? 'Its ideas' : `${number(ideas)} ${ideas === 1 ? 'idea' : 'ideas'}`}
        </ToggleButton>
        <ToggleButton
          size="small"
          checked={showing && view.shortlist}
          onClick={() => onChange(cycleViewChange(view, cycle.id, true))}
        >
          {shortlist === null ? 'Shortlist' : `Shortlist (${number(shortlist)})`}
        </ToggleButton>
      </div>
    </section>
  );
}
