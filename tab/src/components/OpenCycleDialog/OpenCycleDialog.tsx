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
import { SaveButton } from '../SaveButton/SaveButton';
import { browserTimeZone } from './cycleDays';
import { useOpenCycleDialogStyles } from './OpenCycleDialog.styles';
import type { OpenCycleDialogProps } from './OpenCycleDialog.types';
import { useOpenCycleDialog } from './useOpenCycleDialog';

const OPEN_LABEL = 'Open a planning cycle';

/**
 * IT opens a planning cycle ("FY27 Q1 planning") on the board the roadmap shows: a window for ideas, voting until
 * a day, reminders before it closes and the size of the shortlist. Across every board the button waits, and says
 * why.
 */
export function OpenCycleDialog(props: OpenCycleDialogProps) {
  const { board } = props;
  const styles = useOpenCycleDialogStyles();
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
          {OPEN_LABEL}
        </Button>
        <Text id={whyId} size={200} className={styles.muted}>
          A cycle belongs to one board: choose the board in the header to open one.
        </Text>
      </div>
    );
  }

  return (
    <div className={styles.opener}>
      <Dialog open={dialog.open} onOpenChange={(_, data) => dialog.changeOpen(data.open)}>
        <DialogTrigger disableButtonEnhancement>
          <Button ref={openerRef} icon={<CalendarAdd20Regular />}>
            {OPEN_LABEL}
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
              <DialogTitle>{OPEN_LABEL}</DialogTitle>
              <DialogContent className={styles.form}>
                <Text id={aboutId}>
                  On {board.name}. Ideas submitted while it takes them belong to it, and IT can add others
                  until voting closes. Dates are in your time zone ({browserTimeZone()}): each starts at
                  00:00.
                </Text>
                <Field label="Name" required hint="Such as “FY27 Q1 planning”." {...validation('name')}>
                  <Input
                    value={draft.name}
                    maxLength={80}
                    onChange={(_, data) => edit('name', data.value, 'name')}
                  />
                </Field>
                <div className={styles.days}>
                  <Field label="Submissions open" required {...validation('submissionOpensAt')}>
                    <Input
                      type="date"
                      value={draft.submissionOpens}
                      onChange={(_, data) => edit('submissionOpens', data.value, 'submissionOpensAt')}
                    />
                  </Field>
                  <Field label="Submissions close" required {...validation('submissionClosesAt')}>
                    <Input
                      type="date"
                      value={draft.submissionCloses}
                      onChange={(_, data) => edit('submissionCloses', data.value, 'submissionClosesAt')}
                    />
                  </Field>
                  <Field
                    label="Voting closes"
                    required
                    hint="Voting opens with submissions."
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
                    label="Reminders, days before voting closes"
                    hint="Up to 3, separated by commas, such as 3, 1."
                    {...validation('reminderDaysBefore')}
                  >
                    <Input
                      value={draft.reminderDays}
                      inputMode="numeric"
                      onChange={(_, data) => edit('reminderDays', data.value, 'reminderDaysBefore')}
                    />
                  </Field>
                  <Field
                    label="Shortlist size"
                    hint="How many of the most voted ideas go to IT review."
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
                  <Button disabledFocusable={dialog.saving}>Cancel</Button>
                </DialogTrigger>
                <SaveButton saving={dialog.saving}>Open cycle</SaveButton>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
