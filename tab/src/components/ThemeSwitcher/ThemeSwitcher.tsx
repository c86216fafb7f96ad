import { Button, Menu, MenuItemRadio, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { DarkTheme20Regular } from '@fluentui/react-icons';
import type { ThemeName } from '../../teams/hostContext';

export const THEME_LABELS: Record<ThemeName, string> = {
  default: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

export interface ThemeSwitcherProps {
  theme: ThemeName;
  onChange(theme: ThemeName): void;
}

/** Standalone only: inside Teams the tab follows the Teams theme. */
export function ThemeSwitcher({ theme, onChange }: ThemeSwitcherProps) {
  return (
    <Menu
      checkedValues={{ theme: [theme] }}
      onCheckedValueChange={(_, data) => {
        const next = data.checkedItems[0] as ThemeName | undefined;
        if (next) onChange(next);
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          icon={<DarkTheme20Regular />}
          aria-label={`Theme: ${THEME_LABELS[theme]}`}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {(Object.keys(THEME_LABELS) as ThemeName[]).map((name) => (
            <MenuItemRadio key={name} name="theme" value={name}>
              {THEME_LABELS[name]}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
