import type { RefObject } from 'react';
import { NEXT_STATUSES, type TriageStatus } from '@ideabar/core/workflow';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useForm } from '../shared/useForm';
import type { DeclineDraft, DeclineField } from './DeclineFields.types';
import type { IdeaView } from '@ideabar/core';

export interface TriageFormProps {
  idea: IdeaView;
  /** The idea as the API answered the change, and what to tell the person in a toast. */
  onChanged(idea: IdeaView, notice: string): void;
  /** The idea changed meanwhile (a 409): load it again so the form offers what it can now. */
  onStale(): void;
}

export type StatusFormProps = TriageFormProps;

const FIELDS = ['status', 'response', 'decline.constraint', 'decline.rule', 'decline.pathToYes'] as const;
interface StatusDraft {
  status: TriageStatus | '';
  response: string;
  decline: DeclineDraft;
}

const NOTHING_YET: StatusDraft = {
  status: '',
  response: '',
  decline: { constraint: '', rule: '', pathToYes: '' },
};

/** IT's move of an idea to one of the statuses the workflow allows from here, with its public response. */
export function useStatusForm(
  { idea, onChanged, onStale }: StatusFormProps,
  formRef: RefObject<HTMLFormElement | null>,
) {
  const api = useIdeaBarApi();
  const { t } = useTranslator();
  const choices = NEXT_STATUSES[idea.status];
  // The idea may have moved since the choice was made: a choice it no longer offers is no choice.
  const chosenOf = (draft: StatusDraft): TriageStatus | '' =>
    draft.status && choices.includes(draft.status) ? draft.status : '';
  const form = useForm<StatusDraft>(NOTHING_YET, {
    failed: 'triage.failed.status',
    fields: FIELDS,
    formRef,
    onConflict: onStale,
    check: (draft) => (chosenOf(draft) ? {} : { status: t('triage.status.choose') }),
  });
  const chosen = chosenOf(form.draft);
  const answeringAppeal = idea.appeal !== null && idea.appeal.answeredAt === null;

  const choose = (next: string) => form.edit({ status: next as TriageStatus });
  const editResponse = (text: string) => form.edit({ response: text });
  const editDecline = (field: DeclineField, value: string) =>
    form.edit({ decline: { ...form.draft.decline, [field]: value } }, `decline.${field}`);

  const submit = () =>
    form.submit(async (draft) => {
      const { response, decline } = draft;
      const status = chosenOf(draft) as TriageStatus;
      const changed = await api.ideas.changeStatus(idea.id, {
        status,
        response,
        // Sent as typed, blanks included: the API names each part of the decision that is missing. Each part by
        // name, so a part the API's schema no longer takes fails the type check.
        ...(status === 'declined'
          ? {
              decline: {
                constraint: decline.constraint || undefined,
                rule: decline.rule,
                pathToYes: decline.pathToYes,
              },
            }
          : {}),
      });
      form.reset();
      onChanged(
        changed,
        status === 'declined'
          ? t('triage.status.declined')
          : answeringAppeal
            ? t('triage.status.appealAnswered', { status })
            : t('triage.status.moved', { status }),
      );
    });

  const { saving, problem, validation } = form;
  return {
    saving,
    problem,
    validation,
    choices,
    chosen,
    response: form.draft.response,
    decline: form.draft.decline,
    answeringAppeal,
    choose,
    editResponse,
    editDecline,
    submit,
  };
}
