import { useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  useId,
} from '@fluentui/react-components';
import type { AuditEntryView } from '../../api/settingsApi';
import { SettingsSection } from './SettingsSection';
import { useSectionStyles } from './SettingsPage.styles';
import { useAuditLog } from './useAuditLog';
import { safeLocale } from '../../app/safeLocale';

export interface AuditLogProps {
  /** Goes up each time a section saves a change, so the log reads it. */
  changes: number;
  locale: string;
}

/** Every settings change, newest first: who, when, what, and the values before and after on request. */
export function AuditLog({ changes, locale }: AuditLogProps) {
  const styles = useSectionStyles();
  const { loading, entries, problem, canShowMore, showMore, retry } = useAuditLog(changes);

  return (
    <SettingsSection
      title="Change history"
      intro="Every change to these settings: who made it, when, and what changed."
    >
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!loading && !problem && entries.length === 0 && (
        <Text className={styles.secondary}>No changes yet.</Text>
      )}
      {entries.length > 0 && (
        <ol className={styles.list} aria-label="Changes, newest first">
          {entries.map((entry) => (
            <AuditEntry key={entry.id} entry={entry} locale={locale} />
          ))}
        </ol>
      )}
      {loading && <Spinner size="tiny" label="Loading the change history" />}
      {canShowMore && (
        <div>
          <Button onClick={showMore}>Show more</Button>
        </div>
      )}
    </SettingsSection>
  );
}

function AuditEntry({ entry, locale }: { entry: AuditEntryView; locale: string }) {
  const styles = useSectionStyles();
  const detailsId = useId('audit-details');
  const [open, setOpen] = useState(false);
  const at = new Date(entry.at);

  return (
    <li className={styles.row}>
      <div className={styles.rowMain}>
        <Text>{entry.summary}</Text>
        <Text size={200} className={styles.secondary}>
          {entry.by.name} ·{' '}
          <time dateTime={entry.at}>
            {at.toLocaleString(safeLocale(locale), { dateStyle: 'medium', timeStyle: 'short' })}
          </time>
        </Text>
      </div>
      <Button
        size="small"
        appearance="subtle"
        aria-expanded={open}
        aria-controls={detailsId}
        aria-label={`${open ? 'Hide' : 'Show'} details of “${entry.summary}”`}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide details' : 'Details'}
      </Button>
      <div id={detailsId} hidden={!open} className={styles.fullRow}>
        {open && (
          <dl className={styles.details}>
            <div>
              <dt>
                <Text weight="semibold">Before</Text>
              </dt>
              <dd className={styles.code}>{shown(entry.before)}</dd>
            </div>
            <div>
              <dt>
                <Text weight="semibold">After</Text>
              </dt>
              <dd className={styles.code}>{shown(entry.after)}</dd>
            </div>
          </dl>
        )}
      </div>
    </li>
  );
}

/** A value as recorded, readable as it is: nothing, a short text, or indented JSON. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return '(nothing)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}
