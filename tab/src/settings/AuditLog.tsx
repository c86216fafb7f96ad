import { useState } from 'react';
import { Button, Spinner, Text, useId } from '@fluentui/react-components';
import type { AuditEntryView } from '../api/settingsApi';
import { SettingsSection } from './SettingsSection';
import { useSectionStyles } from './SettingsPage.styles';
import { useAuditLog } from './useAuditLog';
import { useTranslator } from '../app/translation';
import { LoadProblem } from '../shared/LoadProblem';

export interface AuditLogProps {
  /** Goes up each time a section saves a change, so the log reads it. */
  changes: number;
  locale: string;
}

/** Every settings change, newest first: who, when, what, and the values before and after on request. */
export function AuditLog({ changes }: AuditLogProps) {
  const styles = useSectionStyles();
  const { t } = useTranslator();
  const { loading, entries, problem, canShowMore, showMore, retry } = useAuditLog(changes);

  return (
    <SettingsSection title={t('settings.audit.title')} intro={t('settings.audit.intro')}>
      {problem && <LoadProblem problem={problem} onRetry={retry} retryLabel={t('settings.retry')} />}
      {!loading && !problem && entries.length === 0 && (
        <Text className={styles.secondary}>{t('settings.audit.none')}</Text>
      )}
      {entries.length > 0 && (
        <ol className={styles.list} aria-label={t('settings.audit.list')}>
          {entries.map((entry) => (
            <AuditEntry key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      {loading && <Spinner size="tiny" label={t('settings.audit.loading')} />}
      {canShowMore && (
        <div>
          <Button onClick={showMore}>{t('settings.audit.more')}</Button>
        </div>
      )}
    </SettingsSection>
  );
}

function AuditEntry({ entry }: { entry: AuditEntryView }) {
  const styles = useSectionStyles();
  const { t, formatLocale } = useTranslator();
  const detailsId = useId('audit-details');
  const [open, setOpen] = useState(false);
  const at = new Date(entry.at);

  return (
    <li className={styles.row}>
      <div className={styles.rowMain}>
        <Text>{entry.summary}</Text>
        <Text size={200} className={styles.secondary}>
          <time dateTime={entry.at}>
            {t('settings.audit.byline', {
              name: entry.by.name,
              at: at.toLocaleString(formatLocale, { dateStyle: 'medium', timeStyle: 'short' }),
            })}
          </time>
        </Text>
      </div>
      <Button
        size="small"
        appearance="subtle"
        aria-expanded={open}
        aria-controls={detailsId}
        aria-label={t(open ? 'settings.audit.hide.label' : 'settings.audit.show.label', {
          summary: entry.summary,
        })}
        onClick={() => setOpen(!open)}
      >
        {t(open ? 'settings.audit.hide' : 'settings.audit.show')}
      </Button>
      <div id={detailsId} hidden={!open} className={styles.fullRow}>
        {open && (
          <dl className={styles.details}>
            <div>
              <dt>
                <Text weight="semibold">{t('settings.audit.before')}</Text>
              </dt>
              <dd className={styles.code}>{shown(entry.before) ?? t('settings.audit.nothing')}</dd>
            </div>
            <div>
              <dt>
                <Text weight="semibold">{t('settings.audit.after')}</Text>
              </dt>
              <dd className={styles.code}>{shown(entry.after) ?? t('settings.audit.nothing')}</dd>
            </div>
          </dl>
        )}
      </div>
    </li>
  );
}

/** A value as recorded, readable as it is: a short text, or indented JSON; undefined for nothing. */
function shown(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}
