import { useCallback, useState, type RefObject } from 'react';
import { problemMessage } from '../api/apiError';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useForm } from '../shared/useForm';
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
  const read = useLoaded(useCallback(() => api.cycles.list(idea.boardId), [api, idea.boardId]));
  const cycles = read.value;
  const cyclesProblem = read.failed
    ? problemMessage(translator, read.error, 'triage.failed.loadCycles')
    : undefined;
  // The idea's cycle when the form opened; the form keeps what IT chooses from there.
  const [start] = useState(() => ({ cycleId: idea.cycleId ?? NO_CYCLE }));
  const form = useForm(start, {
    failed: 'triage.failed.cycle',
    fields: FIELDS,
    formRef,
    onConflict: onStale,
  });
  const { cycleId } = form.draft;

  const choices = (cycles ?? []).filter((cycle) => cycle.phase !== 'closed' || cycle.id === idea.cycleId);

  const choose = (id: string) => form.edit({ cycleId: id });

  const submit = () =>
    form.submit(async (draft) => {
      const saved = await api.cycles.assign(idea.id, draft.cycleId || null);
      const name = choices.find((cycle) => cycle.id === saved.cycleId)?.name;
      onChanged(saved, name ? t('triage.cycle.added', { name }) : t('triage.cycle.removed'));
    });

  const { saving, problem, validation } = form;
  return {
    saving,
    problem,
    validation,
    choices,
    cyclesLoading: read.loading,
    cyclesProblem,
    cycleId,
    choose,
    submit,
  };
}
