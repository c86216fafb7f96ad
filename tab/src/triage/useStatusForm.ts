import { useState, type RefObject } from 'react';
import { NEXT_STATUSES, type TriageStatus } from '@ideabar/core/workflow';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useTriageAction } from '../shared/useTriageAction';
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
const NO_DECISION: DeclineDraft = { constraint: '', rule: '', pathToYes: '' };

/** IT's move of an idea to one of the statuses the workflow allows from here, with its public response. */
export function useStatusForm(
  { idea, onChanged, onStale }: StatusFormProps,
  formRef: RefObject<HTMLFormElement | null>,
) {
  const api = useIdeaBarApi();
  const { t } = useTranslator();
  const action = useTriageAction(FIELDS, 'triage.failed.status', formRef);
  const [status, setStatus] = useState<TriageStatus | ''>('');
  const [response, setResponse] = useState('');
  const [decline, setDecline] = useState<DeclineDraft>(NO_DECISION);
  const choices = NEXT_STATUSES[idea.status];
  // The idea may have moved since the choice was made: a choice it no longer offers is no choice.
  const chosen: TriageStatus | '' = status && choices.includes(status) ? status : '';
  const answeringAppeal = idea.appeal !== null && idea.appeal.answeredAt === null;

  const choose = (next: string) => {
    setStatus(next as TriageStatus);
    action.edited('status');
  };
  const editResponse = (text: string) => {
    setResponse(text);
    action.edited('response');
  };
  const editDecline = (field: DeclineField, value: string) => {
    setDecline((current) => ({ ...current, [field]: value }));
    action.edited(`decline.${field}`);
  };

  const submit = async () => {
    if (!chosen) return action.refuse({ status: t('triage.status.choose') });
    const changed = await action.run(
      () =>
        api.ideas.changeStatus(idea.id, {
          status: chosen,
          response,
          // Sent as typed, blanks included: the API names each part of the decision that is missing. Each part by
          // name, so a part the API's schema no longer takes fails the type check.
          ...(chosen === 'declined'
            ? {
                decline: {
                  constraint: decline.constraint || undefined,
                  rule: decline.rule,
                  pathToYes: decline.pathToYes,
                },
              }
            : {}),
        }),
      onStale,
    );
    if (!changed) return;
    setStatus('');
    setResponse('');
    setDecline(NO_DECISION);
    onChanged(
      changed,
      chosen === 'declined'
        ? t('triage.status.declined')
        : answeringAppeal
          ? t('triage.status.appealAnswered', { status: chosen })
          : t('triage.status.moved', { status: chosen }),
    );
  };

  return {
    ...action,
    choices,
    chosen,
    response,
    decline,
    answeringAppeal,
    choose,
    editResponse,
    editDecline,
    submit,
  };
}
