import type { FormEvent, ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text, useId } from '@fluentui/react-components';
import { useTranslator } from '../app/translation';
import { useSectionStyles } from './SettingsPage.styles';

export interface SectionSave {
  /** "Save board", "Save schedule"… */
  label: string;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  /** Puts the saved values back; without it the section offers no Discard button. */
  onDiscard?: () => void;
}

export interface SettingsSectionProps {
  title: string;
  intro?: ReactNode;
  /** What went wrong that no field of the section can show. */
  problem?: string | undefined;
  /** Sections that save as a whole get a Save button, enabled once something changed. */
  save?: SectionSave;
  children: ReactNode;
  /** What the section shows after its Save button: lists with actions of their own. */
  below?: ReactNode;
}

/** A section of the settings page: a titled card whose fields save together (Enter saves too), on their own. */
export function SettingsSection({ title, intro, problem, save, children, below }: SettingsSectionProps) {
  const styles = useSectionStyles();
  const { t } = useTranslator();
  const titleId = useId('settings-section');
  const body = (
    <>
      {children}
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {save && (
        <div className={styles.actions}>
          <Button
            type="submit"
            appearance="primary"
            disabled={!save.dirty || save.saving}
            icon={save.saving ? <Spinner size="tiny" /> : undefined}
          >
            {save.saving ? t('triage.saving') : save.label}
          </Button>
          {save.onDiscard && save.dirty && !save.saving && (
            <Button onClick={save.onDiscard}>{t('settings.discard')}</Button>
          )}
        </div>
      )}
    </>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save?.dirty && !save.saving) save.onSave();
  };

  return (
    <section className={styles.section} aria-labelledby={titleId} aria-busy={save?.saving ?? false}>
      <h4 id={titleId} className={styles.title}>
        {title}
      </h4>
      {intro && <Text className={styles.intro}>{intro}</Text>}
      {save ? (
        <form noValidate onSubmit={submit} className={styles.form}>
          {body}
        </form>
      ) : (
        body
      )}
      {below}
    </section>
  );
}
