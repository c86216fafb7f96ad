import { Button, Spinner } from '@fluentui/react-components';
import { useTranslator } from '../app/translation';

export interface SaveButtonProps {
  saving: boolean;
  /** What the button does, in words ("Decline idea"). */
  children: string;
}

/**
 * A form's submit button that shows its progress: it says "Saving…" and stays focusable but inert until the API
 * answers, so a second press cannot send the change twice and focus is not lost.
 */
export function SaveButton({ saving, children }: SaveButtonProps) {
  const { t } = useTranslator();
  return (
    <Button
      type="submit"
      appearance="primary"
      disabledFocusable={saving}
      // The words say it already; the spinner is only for the eye.
      icon={saving ? <Spinner size="tiny" aria-hidden /> : undefined}
    >
      {saving ? t('triage.saving') : children}
    </Button>
  );
}
