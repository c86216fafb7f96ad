import {
  Badge,
  Button,
  Combobox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Option,
  Spinner,
  Text,
  useId,
} from '@fluentui/react-components';
import { SettingsSection } from './SettingsSection';
import { useSectionStyles } from './SettingsPage.styles';
import type { TenantSectionProps } from './SettingsPage.types';
import { LAST_MEMBER, useItMembers } from './useItMembers';
import { safeLocale } from '../../app/safeLocale';

const matchesName = (name: string, typed: string) =>
  name.toLocaleLowerCase().includes(typed.trim().toLocaleLowerCase());

/** Who triages ideas and manages these settings. There is always at least one. */
export function ItMembersSection(props: TenantSectionProps & { locale: string }) {
  const styles = useSectionStyles();
  const lastId = useId('last-member');
  const m = useItMembers(props);
  const { draft, edit, dirty, saving, messages } = m.form;
  const invalid = (message: string | undefined) =>
    message ? { validationState: 'error' as const, validationMessage: message } : {};

  return (
    <SettingsSection
      title="IT members"
      intro="They see these settings, triage ideas and answer them. Removing someone takes effect at once."
      problem={m.problem}
      save={{ label: 'Add IT member', dirty, saving, onSave: () => void m.add() }}
    >
      <ul className={styles.list} aria-label="IT members">
        {m.members.map((member) => (
          <li key={member.userId} className={styles.row}>
            <div className={styles.rowMain}>
              <Text weight="semibold">
                {member.name}{' '}
                {m.me?.userId === member.userId && (
                  <Badge appearance="outline" size="small">
                    You
                  </Badge>
                )}
              </Text>
              <Text size={200} className={styles.secondary}>
                {member.userId} · added{' '}
                {new Date(member.addedAt).toLocaleDateString(safeLocale(props.locale), {
                  dateStyle: 'medium',
                })}
              </Text>
            </div>
            <Button
              size="small"
              aria-label={`Remove ${member.name}`}
              disabledFocusable={m.lastOne}
              aria-describedby={m.lastOne ? lastId : undefined}
              onClick={() => m.confirm(member)}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      {m.lastOne && (
        <Text id={lastId} size={200} className={styles.secondary}>
          {LAST_MEMBER}
        </Text>
      )}
      {m.finding === 'checking' && <Spinner size="tiny" label="Loading people" />}
      {m.finding === 'directory' && (
        <Field
          label="Add a person"
          hint="The people you can sign in as locally."
          {...invalid(messages.userId ?? messages.name)}
        >
          <Combobox
            placeholder="Choose a person"
            value={draft.name}
            selectedOptions={draft.userId ? [draft.userId] : []}
            onOptionSelect={(_, data) => {
              const person = m.candidates.find((candidate) => candidate.userId === data.optionValue);
              if (person) edit({ userId: person.userId, name: person.name });
            }}
            onChange={(event) => edit({ name: event.target.value, userId: '' })}
          >
            {m.candidates
              .filter((person) => draft.userId || matchesName(person.name, draft.name))
              .map((person) => (
                <Option key={person.userId} value={person.userId} text={person.name}>
                  {person.name} · {person.jobTitle}
                </Option>
              ))}
          </Combobox>
        </Field>
      )}
      {m.finding === 'by-id' && (
        <div className={styles.inline}>
          <Field className={styles.grow} label="Name" {...invalid(messages.name)}>
            <Input value={draft.name} onChange={(_, d) => edit({ name: d.value })} />
          </Field>
          <Field
            className={styles.grow}
            label="Microsoft Entra object ID"
            hint="From the person’s profile in the Entra admin center."
            {...invalid(messages.userId)}
          >
            <Input
              value={draft.userId}
              spellCheck={false}
              placeholder="00000000-0000-0000-0000-000000000000"
              onChange={(_, d) => edit({ userId: d.value })}
            />
          </Field>
        </div>
      )}
      <Dialog open={m.confirming !== undefined} onOpenChange={(_, data) => !data.open && m.cancel()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Remove {m.confirming?.name} from the IT members?</DialogTitle>
            <DialogContent>
              They will no longer see these settings or triage ideas.
              {m.confirming &&
                m.me?.userId === m.confirming.userId &&
                ' That’s you: you will lose access to this page.'}
            </DialogContent>
            <DialogActions>
              <Button onClick={m.cancel} disabled={m.removing}>
                Cancel
              </Button>
              <Button
                appearance="primary"
                onClick={() => void m.remove()}
                disabled={m.removing}
                icon={m.removing ? <Spinner size="tiny" /> : undefined}
              >
                Remove
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </SettingsSection>
  );
}
