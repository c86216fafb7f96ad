import type { ReactNode, RefObject } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export interface TriageFormProps {
  /** The form's name for assistive technology: a label, or the id of the heading that names it. */
  name: { label: string } | { labelledBy: string };
  formRef: RefObject<HTMLFormElement | null>;
  saving: boolean;
  /** What went wrong that is no one field's: shown above the buttons. */
  problem: string | null | undefined;
  onSubmit(): Promise<unknown>;
  className?: string;
  actionsClassName?: string;
  /** The buttons at the foot: a SaveButton, and Cancel where there is one. */
  actions: ReactNode;
  children: ReactNode;
}

/**
 * The frame every triage form shares: a form that the browser does not validate (the API's field messages are
 * shown instead), busy while it saves, the problem that is no one field's, and the buttons.
 */
export function TriageForm(props: TriageFormProps) {
  const { name, formRef, saving, problem, onSubmit, className, actionsClassName, actions, children } = props;
  return (
    <form
      ref={formRef}
      noValidate
      {...('label' in name ? { 'aria-label': name.label } : { 'aria-labelledby': name.labelledBy })}
      aria-busy={saving}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {children}
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <div className={actionsClassName}>{actions}</div>
    </form>
  );
}
