import { Button, Menu, MenuItemRadio, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { DarkTheme20Regular } from '@fluentui/react-icons';
import { useTranslator } from './translation';
import type { ThemeName } from '../teams/hostContext';

const THEMES: readonly ThemeName[] = ['default', 'dark', 'contrast'];

export interface ThemeSwitcherProps {
  theme: ThemeName;
  onChange(theme: ThemeName): void;
}

/** Standalone only: inside Teams the tab follows the Teams theme. */
export function ThemeSwitcher({ theme, onChange }: ThemeSwitcherProps) {
  const { t } = useTranslator();
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
          aria-label={t('theme.button', { theme: t(`theme.${theme}`) })}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {THEMES.map((name) => (
            <MenuItemRadio key={name} name="theme" value={name}>
              {t(`theme.${name}`)}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
