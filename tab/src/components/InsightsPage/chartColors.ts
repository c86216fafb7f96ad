import type { Recommendation } from '@ideabar/core';
import type { Theme } from '@fluentui/react-components';
import { FLUENT_THEMES } from '../../app/themes';
import type { ThemeName } from '../../teams/hostContext';
import type { Decision, SourcingKey, Stage } from './insightsFigures';

/** The colours the charts draw with: real colour values, since the charts compute with them (no CSS variables). */
export interface ChartColors {
  decision: Record<Decision, string>;
  ideas: string;
  votes: string;
  sourcing: Record<SourcingKey, string>;
  recommendation: Record<Recommendation, string>;
  stage: Record<Stage, string>;
  measured: string;
}

type PaletteToken = Extract<
  keyof Theme,
  `colorPalette${string}` | `colorBrand${string}` | `colorNeutral${string}`
>;

/** Light and dark take the same Fluent palette tokens, so each theme's values keep 3:1 against its background. */
const TOKENS = {
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
  measured: 'colorPaletteGreenBorderActive',
} as const satisfies {
  decision: Record<Decision, PaletteToken>;
  ideas: PaletteToken;
  votes: PaletteToken;
  sourcing: Record<SourcingKey, PaletteToken>;
  recommendation: Record<Recommendation, PaletteToken>;
  stage: Record<Stage, PaletteToken>;
  measured: PaletteToken;
};

// Teams' high-contrast theme turns every palette colour white or cyan; these are its other high-contrast colours
// on black, so neighbouring series stay apart. Legends and tables name every series in words anyway.
const CYAN = '#1aebff';
const YELLOW = '#ffff01';
const GREEN = '#3ff23f';
const WHITE = '#ffffff';
const HIGH_CONTRAST: ChartColors = {
  decision: { enabled: GREEN, notYet: YELLOW, declined: WHITE },
  ideas: CYAN,
  votes: YELLOW,
  sourcing: { core: CYAN, nonCore: YELLOW, unclassified: WHITE },
  recommendation: { build: CYAN, keep_in_house: GREEN, buy: YELLOW, outsource: WHITE },
  stage: { submitted: CYAN, shortlisted: CYAN, planned: CYAN, delivered: GREEN },
  measured: GREEN,
};

export function chartColors(theme: ThemeName): ChartColors {
  if (theme === 'contrast') return HIGH_CONTRAST;
  const values = FLUENT_THEMES[theme];
  const pick = <K extends string>(tokens: Record<K, PaletteToken>) =>
    Object.fromEntries(
      (Object.entries(tokens) as [K, PaletteToken][]).map(([key, token]) => [key, values[token]]),
    ) as Record<K, string>;
  return {
    decision: pick(TOKENS.decision),
    ideas: values[TOKENS.ideas],
    votes: values[TOKENS.votes],
    sourcing: pick(TOKENS.sourcing),
    recommendation: pick(TOKENS.recommendation),
    stage: pick(TOKENS.stage),
    measured: values[TOKENS.measured],
  };
}
