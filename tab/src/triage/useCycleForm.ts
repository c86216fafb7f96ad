import { useCallback, useState, type RefObject } from 'react';
import { problemMessage } from '../api/apiError';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useTriageAction } from '../shared/useTriageAction';
import { useLoaded } from '../shared/useLoaded';
import type { TriageFormProps } from './useStatusForm';

export type CycleFormProps = TriageFormProps;

const FIELDS = ['cycleId'] as const;
export const NO_CYCLE = '';

/**
 * Which planning cycle the idea belongs to: the cycles of its board that have not closed (IT adds ideas only to
 * those), or none. The current cycle stays on offer even once closed, so the form shows where the idea is.
 */
export function useCycleForm(
  { idea, onChanged, onStale }: CycleFormProps,
  formRef: RefObject<HTMLFormElement | null>,
) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const { t } = translator;
  const action = useTriageAction(FIELDS, 'triage.failed.cycle', formRef);
  const read = useLoaded(useCallback(() => api.cycles.list(idea.boardId), [api, idea.boardId]));
  const cycles = read.value;
  const cyclesProblem = read.failed
    ? problemMessage(translator, read.error, 'triage.failed.loadCycles')
    : undefined;
  const [cycleId, setCycleId] = useState(idea.cycleId ?? NO_CYCLE);

  const choices = (cycles ?? []).filter((cycle) => cycle.phase !== 'closed' || cycle.id === idea.cycleId);

  const choose = (id: string) => {
    setCycleId(id);
    action.edited('cycleId');
  };

  const submit = async () => {
    const chosen = cycleId || null;
    const saved = await action.run(() => api.cycles.assign(idea.id, chosen), onStale);
    if (!saved) return;
    const name = choices.find((cycle) => cycle.id === saved.cycleId)?.name;
    onChanged(saved, name ? t('triage.cycle.added', { name }) : t('triage.cycle.removed'));
  };

  return {
    ...action,
    choices,
    cyclesLoading: read.loading,
    cyclesProblem,
    cycleId,
    choose,
    submit,
  };
}
