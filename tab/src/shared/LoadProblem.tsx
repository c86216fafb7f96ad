import type { ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslator } from '../app/translation';

export interface LoadProblemProps {
  /** Why it could not be read, in the words people see. */
  problem: ReactNode;
  /** Reads it again; without it the message offers nothing to press. */
  onRetry?: () => void;
  /** The button's words where the page's catalog area has its own ("Try again" otherwise). */
  retryLabel?: string;
  className?: string;
}

/** What could not be read, and a way to read it again. */
export function LoadProblem({ problem, onRetry, retryLabel, className }: LoadProblemProps) {
  const { t } = useTranslator();
  return (
    <MessageBar intent="error" className={className}>
      <MessageBarBody>{problem}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{retryLabel ?? t('app.failed.tryAgain')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
