import {
  Avatar,
  Badge,
  Button,
  Card,
  CardHeader,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useIdentityPickerStyles } from './IdentityPicker.styles';
import type { IdentityPickerProps } from './IdentityPicker.types';
import { useIdentityPicker } from './useIdentityPicker';

/** Outside Teams there is no SSO: the person picks who to be, from the demo people the local API offers. */
export function IdentityPicker({ onSignIn, dev }: IdentityPickerProps) {
  const styles = useIdentityPickerStyles();
  const { state, retry } = useIdentityPicker(dev);
  return (
    <main className={styles.root}>
      <Card className={styles.card}>
        <CardHeader
          header={<h1 className={styles.title}>Sign in to IdeaBar</h1>}
          description={
            <Text>
              IdeaBar is running outside Teams, so there is no Teams sign-in. Choose who to be among the demo
              organisation&apos;s people.
            </Text>
          }
        />
        {state.status === 'loading' && <Spinner size="small" label="Loading the demo people…" />}
        {state.status === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>{state.problem}</MessageBarBody>
            {state.canRetry && (
              <MessageBarActions>
                <Button onClick={retry}>Try again</Button>
              </MessageBarActions>
            )}
          </MessageBar>
        )}
        {state.status === 'ready' && state.people.length === 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>
              The API lists nobody to sign in as. Add demo people to the API, then reload.
            </MessageBarBody>
          </MessageBar>
        )}
        {state.status === 'ready' && state.people.length > 0 && (
          <ul className={styles.people} aria-label="Demo people">
            {state.people.map((person) => (
              <li key={`${person.tenantId}/${person.userId}`}>
                <Button className={styles.person} appearance="subtle" onClick={() => onSignIn(person)}>
                  <Avatar name={person.name} aria-hidden />
                  <span className={styles.personText}>
                    <span>Sign in as {person.name}</span>
                    {person.jobTitle && <span className={styles.role}>{person.jobTitle}</span>}
                  </span>
                  {person.roles.includes('it') && (
                    <Badge appearance="outline" color="brand">
                      IT member
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
