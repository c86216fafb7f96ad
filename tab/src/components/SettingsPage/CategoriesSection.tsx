import type { FormEvent } from 'react';
import { Badge, Button, Field, Input, Spinner, Text } from '@fluentui/react-components';
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
  const c = useCategories(props);
  const current = c.categories.find((category) => category.id === c.renaming?.id);

  return (
    <SettingsSection
      title="Categories"
      intro="The business areas people file ideas under. Retired ones stay on their ideas and in the filters, but can’t be chosen for new ideas."
      problem={c.problem}
    >
      {c.categories.length === 0 ? (
        <Text className={styles.secondary}>No categories yet: people type any category they like.</Text>
      ) : (
        <ul className={styles.list} aria-label="Categories">
          {c.categories.map((category) => (
            <li key={category.id} className={styles.row}>
              {c.renaming?.id === category.id ? (
                <form className={styles.inline} onSubmit={submitted(() => void c.rename())} noValidate>
                  <Field
                    className={styles.grow}
                    label={`New name for “${category.name}”`}
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
                    Save name
                  </Button>
                  <Button onClick={c.cancelRenaming} disabled={c.busy === category.id}>
                    Cancel
                  </Button>
                </form>
              ) : (
                <>
                  <div className={styles.rowMain}>
                    <Text className={category.retired ? styles.retired : undefined}>{category.name}</Text>
                  </div>
                  {category.retired && (
                    <Badge appearance="outline" color="informative">
                      Retired
                    </Badge>
                  )}
                  <Button
                    size="small"
                    aria-label={`Rename “${category.name}”`}
                    disabled={c.busy !== undefined}
                    onClick={() => c.startRenaming(category)}
                  >
                    Rename
                  </Button>
                  <Button
                    size="small"
                    aria-label={`${category.retired ? 'Bring back' : 'Retire'} “${category.name}”`}
                    disabled={c.busy !== undefined}
                    icon={c.busy === category.id ? <Spinner size="tiny" /> : undefined}
                    onClick={() => void c.setRetired(category, !category.retired)}
                  >
                    {category.retired ? 'Bring back' : 'Retire'}
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
          label="New category"
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
          Add category
        </Button>
      </form>
    </SettingsSection>
  );
}
