import { useEffect, useRef, useState, type RefObject } from 'react';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useForm } from '../shared/useForm';
import type { IdeaView, MergeResult } from '@ideabar/core';

export interface TriagePanelProps {
  idea: IdeaView;
  /** The idea as the API answered a change, and what to tell the person in a toast. */
  onChanged(idea: IdeaView, notice: string): void;
  /** Both ideas as a merge left them. */
  onMerged(result: MergeResult, notice: string): void;
  /** The idea changed meanwhile: load it again. */
  onStale(): void;
}

/** The sections IT opens one at a time. */
export type TriageSection = 'merge' | 'partners' | 'classification' | 'cycle' | 'benefits';

const NO_FIELDS: readonly string[] = [];
/** Approving is one button: nothing is typed. */
const NOTHING_TO_TYPE = {};
const FIRST_FIELD = 'input:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/** Which section is open (one at a time), and approving an idea out of a moderated board's queue. */
export function useTriagePanel({ idea, onChanged, onStale }: TriagePanelProps) {
  const api = useIdeaBarApi();
  const { t } = useTranslator();
  const approval = useForm(NOTHING_TO_TYPE, {
    failed: 'triage.failed.approve',
    fields: NO_FIELDS,
    onConflict: onStale,
  });
  const [open, setOpen] = useState<TriageSection | undefined>();

  const toggle = (section: TriageSection) =>
    setOpen((current) => (current === section ? undefined : section));

  const approve = () =>
    approval.submit(async () => onChanged(await api.ideas.approve(idea.id), t('triage.approval.done')));

  return { open, toggle, approve, approving: approval.saving, approvalProblem: approval.problem };
}

/**
 * A section's content, which mounts when IT opens the section: focus moves to its first field then, so a keyboard
 * user lands in the form they asked for rather than having to find it.
 */
export function useFocusOnOpen(): RefObject<HTMLDivElement | null> {
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    body.current?.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
  }, []);
  return body;
}
