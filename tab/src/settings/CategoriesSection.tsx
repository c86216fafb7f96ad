import type { FormEvent } from 'react';
import { Badge, Button, Field, Input, Spinner, Text } from '@fluentui/react-components';
import { useTranslator } from '../app/translation';
import { SettingsSection } from './SettingsSection';
import { useSectionStyles } from './SettingsPage.styles';
import type { BoardSectionProps } from './SettingsPage.types';
import { useCategories } from './useCategories';

const submitted = (then: () => void) => (event: FormEvent) => {
  event.preventDefault();
  then();
};

/** The business areas of a board: rename in place, retire or bring back, add. */
export function CategoriesSection(props: BoardSectionProps) {
  const styles = useSectionStyles();
  const { t } = useTranslator();
  const c = useCategories(props);
  const current = c.categories.find((category) => category.id === c.renaming?.id);

  return (
    <SettingsSection
      title={t('settings.categories.title')}
      intro={t('settings.categories.intro')}
      problem={c.problem}
    >
      {c.categories.length === 0 ? (
        <Text className={styles.secondary}>{t('settings.categories.none')}</Text>
      ) : (
        <ul className={styles.list} aria-label={t('settings.categories.title')}>
          {c.categories.map((category) => (
            <li key={category.id} className={styles.row}>
              {c.renaming?.id === category.id ? (
                <form className={styles.inline} onSubmit={submitted(() => void c.rename())} noValidate>
                  <Field
                    className={styles.grow}
                    label={t('settings.categories.newName', { name: category.name })}
                    validationState={c.renaming.message ? 'error' : 'none'}
                    validationMessage={c.renaming.message}
                  >
                    <Input value={c.renaming.name} autoFocus onChange={(_, d) => c.typeRename(d.value)} />
                  </Field>
                  <Button
                    type="submit"
                    appearance="primary"
                    disabled={c.busy !== undefined || c.renaming.name.trim() === current?.name}
                    icon={c.busy === category.id ? <Spinner size="tiny" /> : undefined}
                  >
                    {t('settings.categories.saveName')}
                  </Button>
                  <Button onClick={c.cancelRenaming} disabled={c.busy === category.id}>
                    {t('settings.cancel')}
                  </Button>
                </form>
              ) : (
                <>
                  <div className={styles.rowMain}>
                    <Text className={category.retired ? styles.retired : undefined}>{category.name}</Text>
                  </div>
                  {category.retired && (
                    <Badge appearance="outline" color="informative">
                      {t('settings.categories.retired')}
                    </Badge>
                  )}
                  <Button
                    size="small"
                    aria-label={t('settings.categories.rename.label', { name: category.name })}
                    disabled={c.busy !== undefined}
                    onClick={() => c.startRenaming(category)}
                  >
                    {t('settings.categories.rename')}
                  </Button>
                  <Button
                    size="small"
                    aria-label={t(
                      category.retired
                        ? 'settings.categories.bringBack.label'
                        : 'settings.categories.retire.label',
                      { name: category.name },
                    )}
                    disabled={c.busy !== undefined}
                    icon={c.busy === category.id ? <Spinner size="tiny" /> : undefined}
                    onClick={() => void c.setRetired(category, !category.retired)}
                  >
                    {t(category.retired ? 'settings.categories.bringBack' : 'settings.categories.retire')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className={styles.inline} onSubmit={submitted(() => void c.add())} noValidate>
        <Field
          className={styles.grow}
          label={t('settings.categories.new')}
          validationState={c.addMessage ? 'error' : 'none'}
          validationMessage={c.addMessage}
        >
          <Input value={c.newName} onChange={(_, d) => c.typeNewName(d.value)} />
        </Field>
        <Button
          type="submit"
          appearance="primary"
          disabled={!c.newName.trim() || c.busy !== undefined}
          icon={c.busy === 'new' ? <Spinner size="tiny" /> : undefined}
        >
          {t('settings.categories.add')}
        </Button>
      </form>
    </SettingsSection>
  );
}
