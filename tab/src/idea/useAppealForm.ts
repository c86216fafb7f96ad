import { useEffect, useState, type RefObject } from 'react';
import { APPEAL_REASON_LIMITS } from '@ideabar/core';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useForm } from '../shared/useForm';
import type { TriageFormProps } from '../triage/useStatusForm';

/** Shown only to the author of a declined idea that has not been appealed yet. */
export type AppealFormProps = TriageFormProps;

const FIELDS = ['reason'] as const;
const NO_REASON = { reason: '' };

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
  const form = useForm(NO_REASON, {
    failed: 'triage.failed.appeal',
    fields: FIELDS,
    formRef,
    onConflict: onStale,
    // The same rule as the API's, said before asking it: the one appeal should not be spent on "Ok".
    check: ({ reason }) =>
      reason.trim().length < APPEAL_REASON_LIMITS.min
        ? { reason: t('idea.appeal.reason.tooShort', { min: APPEAL_REASON_LIMITS.min }) }
        : {},
  });
  const [open, setOpen] = useState(false);
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

  const edit = (text: string) => form.edit({ reason: text });

  const submit = () =>
    form.submit(async ({ reason }) =>
      onChanged(await api.ideas.appeal(idea.id, reason), t('idea.appeal.sent')),
    );

  const { saving, problem, validation } = form;
  return {
    saving,
    problem,
    validation,
    open,
    reason: form.draft.reason,
    start,
    cancel: () => setOpen(false),
    edit,
    submit,
  };
}
