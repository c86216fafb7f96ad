import { useEffect, useState, type RefObject } from 'react';
import { APPEAL_REASON_LIMITS } from '@ideabar/core';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useTriageAction } from '../shared/useTriageAction';
import type { TriageFormProps } from '../triage/useStatusForm';

/** Shown only to the author of a declined idea that has not been appealed yet. */
export type AppealFormProps = TriageFormProps;

const FIELDS = ['reason'] as const;

/** The author's one appeal: opened on request, focus moving into it and back to the button when it closes. */
export interface AppealFormRefs {
  form: RefObject<HTMLFormElement | null>;
  reason: RefObject<HTMLTextAreaElement | null>;
  opener: RefObject<HTMLButtonElement | null>;
}

export function useAppealForm({ idea, onChanged, onStale }: AppealFormProps, refs: AppealFormRefs) {
  const api = useIdeaBarApi();
  const { t } = useTranslator();
  const { form: formRef, reason: reasonRef, opener: openerRef } = refs;
  const action = useTriageAction(FIELDS, 'triage.failed.appeal', formRef);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  /** Whether the form has been open: closing it then gives focus back to the button that opened it. */
  const [used, setUsed] = useState(false);

  useEffect(() => {
    if (open) reasonRef.current?.focus();
    else if (used) openerRef.current?.focus();
  }, [open, used, reasonRef, openerRef]);

  const start = () => {
    setOpen(true);
    setUsed(true);
  };

  const edit = (text: string) => {
    setReason(text);
    action.edited('reason');
  };

  const submit = async () => {
    // The same rule as the API's, said before asking it: the one appeal should not be spent on "Ok".
    if (reason.trim().length < APPEAL_REASON_LIMITS.min) {
      return action.refuse({ reason: t('idea.appeal.reason.tooShort', { min: APPEAL_REASON_LIMITS.min }) });
    }
    const appealed = await action.run(() => api.ideas.appeal(idea.id, reason), onStale);
    if (!appealed) return;
    onChanged(appealed, t('idea.appeal.sent'));
  };

  return { ...action, open, reason, start, cancel: () => setOpen(false), edit, submit };
}
