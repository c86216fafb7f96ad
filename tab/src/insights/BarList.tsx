import type { CSSProperties } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Mark } from './chartColors';

/** One bar: what it is in words, its length, the figure written beside it, and how it is drawn. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  text: string;
  mark: Mark;
}

export interface BarListProps {
  /** Names the list for screen readers (the card's heading names the chart). */
  label: string;
  bars: Bar[];
  /** The value a full-length bar stands for; the largest bar's by default. */
  max?: number;
}

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, max-content) minmax(48px, 1fr) max-content',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  // The rows take the list's columns, so every label, bar and figure lines up with its neighbours.
  row: { display: 'contents' },
  label: { maxWidth: '16em', overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase300 },
  track: {
    height: '20px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    overflow: 'hidden',
  },
  fill: { display: 'block', height: '100%', minWidth: '2px', borderRadius: tokens.borderRadiusSmall },
  value: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
  },
});

/**
 * Bars named in words with their figures written beside them: nothing depends on telling colours apart, and each
 * bar still has a colour and pattern of its own where a chart has several kinds of bar.
 */
export function BarList({ label, bars, max }: BarListProps) {
  const styles = useStyles();
  const full = max ?? Math.max(0, ...bars.map((bar) => bar.value));
  return (
    <ul className={styles.list} aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key} className={styles.row} data-bar={bar.key}>
          <span className={styles.label}>{bar.label}</span>
          <span className={styles.track} aria-hidden="true">
            {bar.value > 0 && (
              <span
                className={styles.fill}
                style={{ width: `${Math.min(100, (bar.value / (full || 1)) * 100)}%`, ...markFill(bar.mark) }}
              />
            )}
          </span>
          <span className={styles.value}>{bar.text}</span>
        </li>
      ))}
    </ul>
  );
}

/** A mark's fill as CSS: solid, or its pattern in its colour inside an outline of that colour. */
export function markFill({ color, pattern }: Mark): CSSProperties {
  const outline = `inset 0 0 0 1.5px ${color}`;
  switch (pattern) {
    case 'solid':
      return { backgroundColor: color };
    case 'hatched':
      return {
        backgroundImage: `repeating-linear-gradient(135deg, ${color} 0 3px, transparent 3px 7px)`,
        boxShadow: outline,
      };
    case 'dotted':
      return {
        backgroundImage: `radial-gradient(circle, ${color} 1.8px, transparent 2.2px)`,
        backgroundSize: '6px 6px',
        boxShadow: outline,
      };
    case 'striped':
      return {
        backgroundImage: `repeating-linear-gradient(90deg, ${color} 0 2px, transparent 2px 6px)`,
        boxShadow: outline,
      };
  }
}
