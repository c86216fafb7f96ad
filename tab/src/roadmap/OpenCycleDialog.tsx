import { useRef } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  useId,
} from '@fluentui/react-components';
import { CalendarAdd20Regular } from '@fluentui/react-icons';
import { useTranslator } from '../app/translation';
import { SaveButton } from '../shared/SaveButton';
import { browserTimeZone } from './cycleDays';
import { useOpenCycleDialogStyles } from './OpenCycleDialog.styles';
import type { OpenCycleDialogProps } from './OpenCycleDialog.types';
import { useOpenCycleDialog } from './useOpenCycleDialog';

/**
 * IT opens a planning cycle ("FY27 Q1 planning") on the board the roadmap shows: a window for ideas, voting until
 * a day, reminders before it closes and the size of the shortlist. Across every board the button waits, and says
 * why.
 */
export function OpenCycleDialog(props: OpenCycleDialogProps) {
  const { board } = props;
  const styles = useOpenCycleDialogStyles();
  const { t } = useTranslator();
  const formRef = useRef<HTMLFormElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const dialog = useOpenCycleDialog(props, formRef, openerRef);
  const whyId = useId('open-cycle-why');
  const aboutId = useId('open-cycle-about');
  const { draft, edit, validation } = dialog;

  if (!board) {
    return (
      <div className={styles.opener}>
        <Button icon={<CalendarAdd20Regular />} disabledFocusable aria-describedby={whyId}>
          {t('cycle.open.button')}
        </Button>
        <Text id={whyId} size={200} className={styles.muted}>
          {t('cycle.open.chooseBoard')}
        </Text>
      </div>
    );
  }

  return (
    <div className={styles.opener}>
      <Dialog open={dialog.open} onOpenChange={(_, data) => dialog.changeOpen(data.open)}>
        <DialogTrigger disableButtonEnhancement>
          <Button ref={openerRef} icon={<CalendarAdd20Regular />}>
            {t('cycle.open.button')}
          </Button>
        </DialogTrigger>
        <DialogSurface aria-describedby={aboutId}>
          <form
            ref={formRef}
            noValidate
            aria-busy={dialog.saving}
            onSubmit={(event) => {
              event.preventDefault();
              void dialog.submit();
            }}
          >
            <DialogBody>
              <DialogTitle>{t('cycle.open.button')}</DialogTitle>
              <DialogContent className={styles.form}>
                <Text id={aboutId}>
                  {t('cycle.open.about', { board: board.name, zone: browserTimeZone() })}
                </Text>
                <Field
                  label={t('cycle.open.name')}
                  required
                  hint={t('cycle.open.nameHint')}
                  {...validation('name')}
                >
                  <Input
                    value={draft.name}
                    maxLength={80}
                    onChange={(_, data) => edit('name', data.value, 'name')}
                  />
                </Field>
                <div className={styles.days}>
                  <Field label={t('cycle.open.opens')} required {...validation('submissionOpensAt')}>
                    <Input
                      type="date"
                      value={draft.submissionOpens}
                      onChange={(_, data) => edit('submissionOpens', data.value, 'submissionOpensAt')}
                    />
                  </Field>
                  <Field label={t('cycle.open.closes')} required {...validation('submissionClosesAt')}>
                    <Input
                      type="date"
                      value={draft.submissionCloses}
                      onChange={(_, data) => edit('submissionCloses', data.value, 'submissionClosesAt')}
                    />
                  </Field>
                  <Field
                    label={t('cycle.open.voting')}
                    required
                    hint={t('cycle.open.votingHint')}
                    {...validation('votingClosesAt')}
                  >
                    <Input
                      type="date"
                      value={draft.votingCloses}
                      onChange={(_, data) => edit('votingCloses', data.value, 'votingClosesAt')}
                    />
                  </Field>
                </div>
                <div className={styles.numbers}>
                  <Field
                    label={t('cycle.open.reminders')}
                    hint={t('cycle.open.remindersHint')}
                    {...validation('reminderDaysBefore')}
                  >
                    <Input
                      value={draft.reminderDays}
                      inputMode="numeric"
                      onChange={(_, data) => edit('reminderDays', data.value, 'reminderDaysBefore')}
                    />
                  </Field>
                  <Field
                    label={t('cycle.open.shortlist')}
                    hint={t('cycle.open.shortlistHint')}
                    {...validation('shortlistSize')}
                  >
                    <Input
                      type="number"
                      min={1}
                      max={50}
                      value={draft.shortlistSize}
                      onChange={(_, data) => edit('shortlistSize', data.value, 'shortlistSize')}
                    />
                  </Field>
                </div>
                {dialog.problem && (
                  <MessageBar intent="error">
                    <MessageBarBody>{dialog.problem}</MessageBarBody>
                  </MessageBar>
                )}
              </DialogContent>
              <DialogActions>
                <DialogTrigger disableButtonEnhancement>
                  <Button disabledFocusable={dialog.saving}>{t('settings.cancel')}</Button>
                </DialogTrigger>
                <SaveButton saving={dialog.saving}>{t('cycle.open.save')}</SaveButton>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
