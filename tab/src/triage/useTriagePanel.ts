import { useEffect, useRef, useState, type RefObject } from 'react';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useTriageAction } from '../shared/useTriageAction';
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
const FIRST_FIELD = 'input:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/** Which section is open (one at a time), and approving an idea out of a moderated board's queue. */
export function useTriagePanel({ idea, onChanged, onStale }: TriagePanelProps) {
  const api = useIdeaBarApi();
  const { t } = useTranslator();
  const approval = useTriageAction(NO_FIELDS, 'triage.failed.approve');
  const [open, setOpen] = useState<TriageSection | undefined>();

  const toggle = (section: TriageSection) =>
    setOpen((current) => (current === section ? undefined : section));

  const approve = async () => {
    const approved = await approval.run(() => api.ideas.approve(idea.id), onStale);
    if (approved) onChanged(approved, t('triage.approval.done'));
  };

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
