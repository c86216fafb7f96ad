import type { Recommendation } from '@ideabar/core';
import type { Theme } from '@fluentui/react-components';
import { FLUENT_THEMES } from '../app/themes';
import type { ThemeName } from '../teams/hostContext';
import type { Decision, SourcingKey, Stage } from './insightsFigures';

/**
 * How a series is drawn: a real colour value (SVG and CSS gradients compute with it, no CSS variables) and a
 * pattern, so that series never differ by colour alone. Bars fill with the pattern; lines take it as their dash
 * and marker.
 */
export interface Mark {
  color: string;
  pattern: Pattern;
}

/** In the order series take them: the first series of a chart is solid, the second hatched, and so on. */
export const PATTERNS = ['solid', 'hatched', 'dotted', 'striped'] as const;
export type Pattern = (typeof PATTERNS)[number];

export interface ChartColors {
  /** Median and 90th percentile lines of the trend. */
  median: Mark;
  p90: Mark;
  withinSla: Mark;
  decision: Record<Decision, Mark>;
  ideas: Mark;
  votes: Mark;
  sourcing: Record<SourcingKey, Mark>;
  recommendation: Record<Recommendation, Mark>;
  stage: Record<Stage, Mark>;
  expected: Mark;
  measured: Mark;
}

type PaletteToken = Extract<
  keyof Theme,
  `colorPalette${string}` | `colorBrand${string}` | `colorNeutral${string}`
>;

/** One colour per series of a chart, in the order of PATTERNS. */
type Series<K extends string> = Record<K, PaletteToken>;

/** Light and dark take the same Fluent palette tokens, so each theme's values keep 3:1 against its background. */
const TOKENS = {
  median: 'colorBrandForeground1',
  p90: 'colorPaletteBerryBorderActive',
  withinSla: 'colorPaletteTealBorderActive',
  decision: {
    enabled: 'colorPaletteGreenBorderActive',
    notYet: 'colorPaletteBlueBorderActive',
    declined: 'colorPaletteRedBorderActive',
  },
  ideas: 'colorBrandForeground1',
  votes: 'colorPaletteBerryBorderActive',
  sourcing: {
    core: 'colorBrandForeground1',
    nonCore: 'colorPaletteTealBorderActive',
    unclassified: 'colorNeutralForeground3',
  },
  recommendation: {
    build: 'colorPaletteCornflowerBorderActive',
    keep_in_house: 'colorPaletteLavenderBorderActive',
    buy: 'colorPaletteSeafoamForeground2',
    outsource: 'colorPalettePeachForeground2',
  },
  stage: {
    submitted: 'colorPaletteCornflowerBorderActive',
    shortlisted: 'colorPaletteLavenderBorderActive',
    planned: 'colorPaletteBlueBorderActive',
    delivered: 'colorPaletteGreenBorderActive',
  },
  expected: 'colorNeutralForeground3',
  measured: 'colorPaletteGreenBorderActive',
} as const satisfies {
  median: PaletteToken;
  p90: PaletteToken;
  withinSla: PaletteToken;
  decision: Series<Decision>;
  ideas: PaletteToken;
  votes: PaletteToken;
  sourcing: Series<SourcingKey>;
  recommendation: Series<Recommendation>;
  stage: Series<Stage>;
  expected: PaletteToken;
  measured: PaletteToken;
};

// Teams' high-contrast theme turns every palette colour white or cyan; these are its high-contrast colours on
// black. A chart never has more than four series, so each takes its own colour and its own pattern.
const CYAN = '#1aebff';
const YELLOW = '#ffff01';
const GREEN = '#3ff23f';
const WHITE = '#ffffff';
const HIGH_CONTRAST = {
  median: CYAN,
  p90: YELLOW,
  withinSla: GREEN,
  decision: { enabled: GREEN, notYet: YELLOW, declined: WHITE },
  ideas: CYAN,
  votes: YELLOW,
  sourcing: { core: CYAN, nonCore: YELLOW, unclassified: WHITE },
  recommendation: { build: CYAN, keep_in_house: GREEN, buy: YELLOW, outsource: WHITE },
  stage: { submitted: CYAN, shortlisted: YELLOW, planned: WHITE, delivered: GREEN },
  expected: WHITE,
  measured: GREEN,
} as const;

/** The series' colours for a theme, each series of a chart with the pattern of its place in the chart. */
export function chartColors(theme: ThemeName): ChartColors {
  const values = FLUENT_THEMES[theme === 'contrast' ? 'default' : theme];
  const color = (token: PaletteToken, contrast: string): string =>
    theme === 'contrast' ? contrast : values[token];
  const one = (key: keyof typeof HIGH_CONTRAST & keyof typeof TOKENS, pattern: Pattern): Mark => ({
    color: color(TOKENS[key] as PaletteToken, HIGH_CONTRAST[key] as string),
    pattern,
  });
  const series = <K extends string>(tokens: Series<K>, contrast: Record<K, string>): Record<K, Mark> =>
    Object.fromEntries(
      (Object.keys(tokens) as K[]).map((key, index) => [
        key,
        { color: color(tokens[key], contrast[key]), pattern: PATTERNS[index % PATTERNS.length] },
      ]),
    ) as Record<K, Mark>;
  return {
    median: one('median', 'solid'),
    p90: one('p90', 'hatched'),
    withinSla: one('withinSla', 'solid'),
    decision: series(TOKENS.decision, HIGH_CONTRAST.decision),
    ideas: one('ideas', 'solid'),
    votes: one('votes', 'solid'),
    sourcing: series(TOKENS.sourcing, HIGH_CONTRAST.sourcing),
    recommendation: series(TOKENS.recommendation, HIGH_CONTRAST.recommendation),
    stage: series(TOKENS.stage, HIGH_CONTRAST.stage),
    expected: one('expected', 'hatched'),
    measured: one('measured', 'solid'),
  };
}
