import { describe, expect, it } from 'vitest';
import { chartColors, type ChartColors, type Mark } from '../../../tab/src/insights/chartColors';

/** The series each chart draws side by side, which must never look alike. */
const charts = (colors: ChartColors): Record<string, Mark[]> => ({
  'time to first answer': [colors.median, colors.p90],
  'decision mix': Object.values(colors.decision),
  sourcing: Object.values(colors.sourcing),
  recommendation: Object.values(colors.recommendation),
  funnel: Object.values(colors.stage),
  benefits: [colors.expected, colors.measured],
});

describe('chart colours', () => {
  it.each(['default', 'dark', 'contrast'] as const)(
    'give every series of a chart its own colour and its own pattern in the %s theme',
    (theme) => {
      for (const [chart, marks] of Object.entries(charts(chartColors(theme)))) {
        expect(new Set(marks.map((mark) => mark.color.toLowerCase())).size, `${chart} colours`).toBe(
          marks.length,
        );
        expect(new Set(marks.map((mark) => mark.pattern)).size, `${chart} patterns`).toBe(marks.length);
        for (const mark of marks) expect(mark.color, chart).toMatch(/^#[0-9a-f]{6}$/i);
      }
    },
  );

  it('draws the contrast theme in its high-contrast colours only', () => {
    const used = Object.values(charts(chartColors('contrast'))).flat();
    expect(new Set(used.map((mark) => mark.color))).toEqual(
      new Set(['#1aebff', '#ffff01', '#3ff23f', '#ffffff']),
    );
  });
});
