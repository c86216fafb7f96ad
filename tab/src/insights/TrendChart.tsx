import { useEffect, useRef, useState } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { safeLocale } from '../app/safeLocale';
import type { Mark, Pattern } from './chartColors';

/** One series over the months: null where the month has nothing to measure (drawn as a gap, never as zero). */
export interface TrendSeries {
  key: string;
  label: string;
  values: (number | null)[];
  mark: Mark;
}

export interface TrendChartProps {
  /** What the drawing shows, for screen readers; the card's table gives its every figure. */
  label: string;
  /** Calendar months, "2026-03", one per slot along the bottom. */
  months: string[];
  series: TrendSeries[];
  /** Lines with a marker on each month, or one bar per month (a single series). */
  kind: 'line' | 'bar';
  /** The top of the scale; the largest value rounded up to a round step by default. */
  max?: number;
  format(value: number): string;
  /** A shorter figure for narrow slots, such as "83" under a scale in percent. */
  shortFormat?(value: number): string;
  locale: string;
}

const HEIGHT = 232;
const MARGIN = { top: 24, right: 12, bottom: 40, left: 40 };

const useStyles = makeStyles({
  frame: { width: '100%', minWidth: 0 },
  svg: { display: 'block', overflow: 'visible' },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  tick: { fill: tokens.colorNeutralForeground2, fontSize: '11px' },
  value: {
    fill: tokens.colorNeutralForeground1,
    fontSize: '11px',
    fontWeight: tokens.fontWeightSemibold,
    // A halo in the card's colour keeps a figure readable where it crosses a line.
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: '3px',
    paintOrder: 'stroke',
  },
  // Twelve months across a phone leave about 24 px a month: the figures shrink a little to stay apart.
  narrow: { fontSize: '9.5px' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: 0,
    listStyle: 'none',
    fontSize: tokens.fontSizeBase200,
  },
  legendItem: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
});

/** How a line of each pattern is dashed, so lines differ by more than colour. */
const DASHES: Record<Pattern, string | undefined> = {
  solid: undefined,
  hatched: '7 4',
  dotted: '2 3',
  striped: '10 3 2 3',
};

/** Month by month, drawn to the width it is given: lines with a marker and figure per month, or bars. */
export function TrendChart({
  label,
  months,
  series,
  kind,
  max,
  format,
  shortFormat,
  locale,
}: TrendChartProps) {
  const styles = useStyles();
  const [frame, width] = useWidth(560);
  const plotWidth = Math.max(120, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / Math.max(1, months.length);
  const { top, step } =
    max === undefined
      ? niceScale(Math.max(1, ...series.flatMap((one) => one.values.map((value) => value ?? 0))))
      : { top: max, step: max / 4 };
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
  const x = (index: number) => MARGIN.left + slot * (index + 0.5);
  const y = (value: number) => MARGIN.top + plotHeight * (1 - Math.min(value, top) / top);
  const monthLabels = monthNames(months, locale);
  const every = slot < 22 ? 2 : 1;
  const narrow = slot < 34;
  const figure = narrow && shortFormat ? shortFormat : format;
  const valueClass = mergeClasses(styles.value, narrow && styles.narrow);

  return (
    <div ref={frame} className={styles.frame}>
      <svg
        className={styles.svg}
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={label}
        // Time runs left to right on the axis in every language, and the ticks' anchors keep their sides.
        direction="ltr"
      >
        <g aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                className={styles.grid}
                x1={MARGIN.left}
                x2={MARGIN.left + plotWidth}
                y1={y(tick)}
                y2={y(tick)}
              />
              <text className={styles.tick} x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {format(tick)}
              </text>
            </g>
          ))}
          <line className={styles.axis} x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={y(0)} y2={y(0)} />
          {monthLabels.map(([month, year], index) =>
            index % every === 0 ? (
              <text
                key={months[index]}
                className={styles.tick}
                x={x(index)}
                y={y(0) + 16}
                textAnchor="middle"
              >
                {month}
                {year && (
                  <tspan x={x(index)} dy="1.2em">
                    {year}
                  </tspan>
                )}
              </text>
            ) : null,
          )}
          {kind === 'bar'
            ? series.slice(0, 1).map((one) =>
                one.values.map((value, index) =>
                  value === null ? null : (
                    <g key={`${one.key}-${months[index]}`} data-month={months[index]}>
                      <rect
                        x={x(index) - Math.min(28, slot * 0.6) / 2}
                        width={Math.min(28, slot * 0.6)}
                        y={y(value)}
                        height={Math.max(0, y(0) - y(value))}
                        fill={one.mark.color}
                      />
                      <text className={valueClass} x={x(index)} y={y(value) - 6} textAnchor="middle">
                        {figure(value)}
                      </text>
                    </g>
                  ),
                ),
              )
            : series.map((one, place) => (
                <g key={one.key} data-series={one.key}>
                  {segments(one.values).map((segment) => (
                    <polyline
                      key={segment[0]}
                      points={segment.map((index) => `${x(index)},${y(one.values[index] ?? 0)}`).join(' ')}
                      fill="none"
                      stroke={one.mark.color}
                      strokeWidth={2.5}
                      strokeDasharray={DASHES[one.mark.pattern]}
                    />
                  ))}
                  {one.values.map((value, index) =>
                    value === null ? null : (
                      <g key={months[index]} data-month={months[index]}>
                        <Marker pattern={one.mark.pattern} color={one.mark.color} x={x(index)} y={y(value)} />
                        <text
                          className={valueClass}
                          x={x(index)}
                          // The highest series writes its figures above its points, the others below theirs.
                          y={place === series.length - 1 ? y(value) - 9 : y(value) + 18}
                          textAnchor="middle"
                        >
                          {figure(value)}
                        </text>
                      </g>
                    ),
                  )}
                </g>
              ))}
        </g>
      </svg>
      {series.length > 1 && (
        <ul className={styles.legend} aria-hidden="true">
          {series.map((one) => (
            <li key={one.key} className={styles.legendItem}>
              <svg width={28} height={12}>
                <line
                  x1={1}
                  x2={27}
                  y1={6}
                  y2={6}
                  stroke={one.mark.color}
                  strokeWidth={2.5}
                  strokeDasharray={DASHES[one.mark.pattern]}
                />
                <Marker pattern={one.mark.pattern} color={one.mark.color} x={14} y={6} />
              </svg>
              {one.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A point's marker: a circle, square, triangle or diamond by its series' pattern. */
function Marker({ pattern, color, x, y }: { pattern: Pattern; color: string; x: number; y: number }) {
  switch (pattern) {
    case 'solid':
      return <circle cx={x} cy={y} r={4.5} fill={color} />;
    case 'hatched':
      return <rect x={x - 4.5} y={y - 4.5} width={9} height={9} fill={color} />;
    case 'dotted':
      return <polygon points={`${x},${y - 5.5} ${x + 5.5},${y + 4.5} ${x - 5.5},${y + 4.5}`} fill={color} />;
    case 'striped':
      return <polygon points={`${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`} fill={color} />;
  }
}

/** Runs of consecutive months with a value: a line joins the months of a run and stops at a gap. */
function segments(values: (number | null)[]): number[][] {
  const runs: number[][] = [];
  values.forEach((value, index) => {
    if (value === null) return;
    const last = runs.at(-1);
    if (last && last.at(-1) === index - 1) last.push(index);
    else runs.push([index]);
  });
  return runs.filter((run) => run.length > 1);
}

/** Each month's short name, with its year under the first month and under every January. */
function monthNames(months: string[], locale: string): [string, string | undefined][] {
  const name = new Intl.DateTimeFormat(safeLocale(locale), { month: 'short', timeZone: 'UTC' });
  // The year in the person's own digits too (Arabic writes ٢٠٢٦).
  const yearName = new Intl.DateTimeFormat(safeLocale(locale), { year: 'numeric', timeZone: 'UTC' });
  return months.map((month, index) => {
    const [year = '', number = '1'] = month.split('-');
    const date = new Date(Date.UTC(Number(year), Number(number) - 1, 1));
    return [name.format(date), index === 0 || number === '01' ? yearName.format(date) : undefined];
  });
}

/** A scale from zero that covers `largest` in four round steps (1, 2, 2.5 or 5 times a power of ten). */
export function niceScale(largest: number): { top: number; step: number } {
  const raw = Math.max(largest, Number.EPSILON) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Number(
    (
      [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((size) => size >= raw) ?? 10 * power
    ).toPrecision(12),
  );
  return { top: Number((Math.ceil(largest / step) * step).toPrecision(12)) || step, step };
}

/** The width the chart is given, followed as the card resizes. */
function useWidth(initial: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => element.clientWidth > 0 && setWidth(Math.floor(element.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
