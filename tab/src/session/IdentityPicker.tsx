import {
  Avatar,
  Badge,
  Button,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useTranslator } from '../app/translation';
import { LoadProblem } from '../shared/LoadProblem';
import { useIdentityPickerStyles } from './IdentityPicker.styles';
import type { IdentityPickerProps } from './useIdentityPicker';
import { useIdentityPicker } from './useIdentityPicker';

/** Outside Teams there is no SSO: the person picks who to be, from the demo people the local API offers. */
export function IdentityPicker({ onSignIn, dev }: IdentityPickerProps) {
  const styles = useIdentityPickerStyles();
  const { t } = useTranslator();
  const { state, retry } = useIdentityPicker(dev);
  return (
    <main className={styles.root}>
      <Card className={styles.card}>
        <CardHeader
          header={<h1 className={styles.title}>{t('people.signIn.title')}</h1>}
          description={<Text>{t('people.signIn.intro')}</Text>}
        />
        {state.status === 'loading' && <Spinner size="small" label={t('people.signIn.loading')} />}
        {state.status === 'error' && (
          <LoadProblem
            problem={state.problem}
            onRetry={state.canRetry ? retry : undefined}
            retryLabel={t('people.signIn.tryAgain')}
          />
        )}
        {state.status === 'ready' && state.people.length === 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('people.signIn.none')}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === 'ready' && state.people.length > 0 && (
          <ul className={styles.people} aria-label={t('people.signIn.list')}>
            {state.people.map((person) => (
              <li key={`${person.tenantId}/${person.userId}`}>
                <Button className={styles.person} appearance="subtle" onClick={() => onSignIn(person)}>
                  <Avatar name={person.name} aria-hidden />
                  <span className={styles.personText}>
                    <span>{t('people.signIn.as', { name: person.name })}</span>
                    {person.jobTitle && <span className={styles.role}>{person.jobTitle}</span>}
                  </span>
                  {person.roles.includes('it') && (
                    <Badge appearance="outline" color="brand">
                      {t('people.signIn.it')}
                    </Badge>
                  )}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </main>
  );
}
