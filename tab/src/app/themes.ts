import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { ThemeName } from '../teams/hostContext';

export const FLUENT_THEMES: Record<ThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

const THEME_KEY = 'ideabar.theme';

/** Standalone: `?theme=` wins (handy for shared screenshots), then the last choice, then the system's preference. */
export function standaloneTheme(): ThemeName {
  const asked = new URLSearchParams(window.location.search).get('theme') ?? localStorage.getItem(THEME_KEY);
  if (asked === 'default' || asked === 'dark' || asked === 'contrast') return asked;
  if (window.matchMedia?.('(forced-colors: active)').matches) return 'contrast';
  if (window.matchMedia?.('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'default';
}

export function rememberTheme(theme: ThemeName): void {
  localStorage.setItem(THEME_KEY, theme);
}
