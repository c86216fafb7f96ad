import { useState, type RefObject } from 'react';
import { RECOMMENDATIONS_FOR, type Recommendation, type Sourcing } from '@ideabar/core';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useForm } from '../shared/useForm';
import type { TriageFormProps } from './useStatusForm';

export type ClassificationFormProps = TriageFormProps;

const FIELDS = ['sourcing', 'recommendation', 'value', 'effort'] as const;
export const SCORES = [1, 2, 3, 4, 5] as const;

interface ClassificationDraft {
  sourcing: Sourcing | '';
  recommendation: Recommendation | '';
  /** 0 until scored. */
  value: number;
  effort: number;
}

/** High value for little effort first, as core's priorityOf scores it: 1 (value 1, effort 5) to 25. */
export const priorityPreview = (value: number, effort: number): number | undefined =>
  value && effort ? value * (6 - effort) : undefined;

/** Core or non-core with its sourcing recommendation, and the value and effort that give the priority. */
export function useClassificationForm(
  { idea, onChanged, onStale }: ClassificationFormProps,
  formRef: RefObject<HTMLFormElement | null>,
) {
  const api = useIdeaBarApi();
  const { t } = useTranslator();
  const known = idea.classification;
  // What the idea had when the form opened; the form keeps what IT chooses from there.
  const [start] = useState((): ClassificationDraft => ({
    sourcing: known?.sourcing ?? '',
    recommendation: known?.recommendation ?? '',
    value: known?.value ?? 0,
    effort: known?.effort ?? 0,
  }));
  const form = useForm(start, {
    failed: 'triage.failed.classification',
    fields: FIELDS,
    formRef,
    onConflict: onStale,
  });
  const { sourcing, recommendation, value, effort } = form.draft;
  const recommendations = sourcing ? RECOMMENDATIONS_FOR[sourcing] : [];

  const chooseSourcing = (next: Sourcing) =>
    form.edit(
      {
        sourcing: next,
        // Building is no recommendation for a commodity: a choice that no longer fits is cleared.
        ...(recommendation && !RECOMMENDATIONS_FOR[next].includes(recommendation)
          ? { recommendation: '' }
          : {}),
      },
      'sourcing',
    );
  const chooseRecommendation = (next: Recommendation) => form.edit({ recommendation: next });
  const score = (what: 'value' | 'effort', next: number) => form.edit({ [what]: next });

  const submit = () =>
    form.submit(async (draft) => {
      // Each part by name (one left unchosen is sent as nothing, for the API to ask for): a part the API's schema
      // no longer takes fails the type check.
      const saved = await api.ideas.classify(idea.id, {
        sourcing: draft.sourcing || undefined,
        recommendation: draft.recommendation || undefined,
        value: draft.value || undefined,
        effort: draft.effort || undefined,
      });
      onChanged(
        saved,
        t('triage.classification.saved', {
          priority: saved.classification?.priority ?? priorityPreview(draft.value, draft.effort) ?? 0,
        }),
      );
    });

  const { saving, problem, validation } = form;
  return {
    saving,
    problem,
    validation,
    sourcing,
    recommendation,
    recommendations,
    value,
    effort,
    priority: priorityPreview(value, effort),
    chooseSourcing,
    chooseRecommendation,
    score,
    submit,
  };
}
