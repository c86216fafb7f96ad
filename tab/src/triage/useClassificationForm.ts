import { useState, type RefObject } from 'react';
import { RECOMMENDATIONS_FOR, type Recommendation, type Sourcing } from '@ideabar/core';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useTriageAction } from '../shared/useTriageAction';
import type { TriageFormProps } from './useStatusForm';

export type ClassificationFormProps = TriageFormProps;

const FIELDS = ['sourcing', 'recommendation', 'value', 'effort'] as const;
export const SCORES = [1, 2, 3, 4, 5] as const;

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
  const action = useTriageAction(FIELDS, 'triage.failed.classification', formRef);
  const known = idea.classification;
  const [sourcing, setSourcing] = useState<Sourcing | ''>(known?.sourcing ?? '');
  const [recommendation, setRecommendation] = useState<Recommendation | ''>(known?.recommendation ?? '');
  /** 0 until scored. */
  const [value, setValue] = useState(known?.value ?? 0);
  const [effort, setEffort] = useState(known?.effort ?? 0);
  const recommendations = sourcing ? RECOMMENDATIONS_FOR[sourcing] : [];

  const chooseSourcing = (next: Sourcing) => {
    setSourcing(next);
    // Building is no recommendation for a commodity: a choice that no longer fits is cleared.
    if (recommendation && !RECOMMENDATIONS_FOR[next].includes(recommendation)) setRecommendation('');
    action.edited('sourcing');
  };
  const chooseRecommendation = (next: Recommendation) => {
    setRecommendation(next);
    action.edited('recommendation');
  };
  const score = (what: 'value' | 'effort', next: number) => {
    (what === 'value' ? setValue : setEffort)(next);
    action.edited(what);
  };

  const submit = async () => {
    const saved = await action.run(
      () =>
        // Each part by name (one left unchosen is sent as nothing, for the API to ask for): a part the API's
        // schema no longer takes fails the type check.
        api.ideas.classify(idea.id, {
          sourcing: sourcing || undefined,
          recommendation: recommendation || undefined,
          value: value || undefined,
          effort: effort || undefined,
        }),
      onStale,
    );
    if (!saved) return;
    onChanged(
      saved,
      t('triage.classification.saved', {
        priority: saved.classification?.priority ?? priorityPreview(value, effort) ?? 0,
      }),
    );
  };

  return {
    ...action,
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
