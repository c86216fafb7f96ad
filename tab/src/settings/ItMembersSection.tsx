import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Text,
  useId,
} from '@fluentui/react-components';
import { safeLocale } from '../app/safeLocale';
import { useTranslator } from '../app/translation';
import { PersonPicker } from '../shared/PersonPicker';
import { SettingsSection } from './SettingsSection';
import { useSectionStyles } from './SettingsPage.styles';
import type { TenantSectionProps } from './SettingsPage.types';
import { useItMembers } from './useItMembers';

/** Who triages ideas and manages these settings. There is always at least one. */
export function ItMembersSection(props: TenantSectionProps & { locale: string }) {
  const styles = useSectionStyles();
  const { t } = useTranslator();
  const lastId = useId('last-member');
  const m = useItMembers(props);
  const { draft, edit, dirty, saving, messages } = m.form;
  const problem = messages.userId ?? messages.name;

  return (
    <SettingsSection
      title={t('people.members.title')}
      intro={t('people.members.intro')}
      problem={m.problem}
      save={{ label: t('people.members.add'), dirty, saving, onSave: () => void m.add() }}
    >
      <ul className={styles.list} aria-label={t('people.members.list')}>
        {m.members.map((member) => (
          <li key={member.userId} className={styles.row}>
            <div className={styles.rowMain}>
              <Text weight="semibold" dir="auto">
                {member.name}{' '}
                {m.me?.userId === member.userId && (
                  <Badge appearance="outline" size="small">
                    {t('people.members.you')}
                  </Badge>
                )}
              </Text>
              <Text size={200} className={styles.secondary}>
                {t('people.members.added', {
                  date: new Date(member.addedAt).toLocaleDateString(safeLocale(props.locale), {
                    dateStyle: 'medium',
                  }),
                })}
              </Text>
            </div>
            <Button
              size="small"
              aria-label={t('people.members.removeName', { name: member.name })}
              disabledFocusable={m.lastOne}
              aria-describedby={m.lastOne ? lastId : undefined}
              onClick={() => m.confirm(member)}
            >
              {t('people.members.remove')}
            </Button>
          </li>
        ))}
      </ul>
      {m.lastOne && (
        <Text id={lastId} size={200} className={styles.secondary}>
          {t('people.members.last')}
        </Text>
      )}
      <PersonPicker
        label={t('people.members.person')}
        teamsTitle={t('people.members.teamsTitle')}
        value={draft.userId ? { id: draft.userId, name: draft.name } : null}
        onChange={(person) =>
          edit(person ? { userId: person.id, name: person.name } : { userId: '', name: '' })
        }
        exclude={m.members.map((member) => member.userId)}
        {...(problem ? { validationMessage: problem } : {})}
      />
      <Dialog open={m.confirming !== undefined} onOpenChange={(_, data) => !data.open && m.cancel()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('people.members.confirm.title', { name: m.confirming?.name ?? '' })}</DialogTitle>
            <DialogContent>
              {t('people.members.confirm.body')}
              {m.confirming && m.me?.userId === m.confirming.userId && ` ${t('people.members.confirm.you')}`}
            </DialogContent>
            <DialogActions>
              <Button onClick={m.cancel} disabled={m.removing}>
                {t('people.members.confirm.cancel')}
              </Button>
              <Button
                appearance="primary"
                onClick={() => void m.remove()}
                disabled={m.removing}
                icon={m.removing ? <Spinner size="tiny" /> : undefined}
              >
                {t('people.members.confirm.remove')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </SettingsSection>
  );
}
