import { useCallback, useState } from 'react';
import type { IdeaView } from '@ideabar/core';
import { problemMessage } from '../api/apiError';
import { useTranslator } from '../app/translation';
import { useIdeaBarApi } from '../api/ideaBarApi';
import type { Notify } from '../session/SessionProvider';
import { useLoaded } from '../shared/useLoaded';

type Queue =
  | { status: 'loading' }
  | { status: 'ready'; ideas: IdeaView[]; complete: boolean }
  | { status: 'error'; problem: string };

/** A board's ideas awaiting an IT member's approval, and approving them one by one. */
export function useApprovalQueue(boardId: string, notify: Notify) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const [approving, setApproving] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const read = useCallback(() => api.settings.approvalQueue(boardId), [api, boardId]);
  const { value, error, update } = useLoaded(read, attempt);

  const queue: Queue = value
    ? { status: 'ready', ...value }
    : error !== undefined
      ? { status: 'error', problem: problemMessage(translator, error, 'settings.approval.failed.load') }
      : { status: 'loading' };

  const approve = async (idea: IdeaView) => {
    setApproving(idea.id);
    try {
      await api.settings.approve(idea.id);
      update((current) => ({ ...current, ideas: current.ideas.filter((waiting) => waiting.id !== idea.id) }));
      notify(translator.t('settings.approval.done', { title: idea.title }));
    } catch (failure) {
      notify(problemMessage(translator, failure, 'settings.approval.failed', { title: idea.title }), 'error');
      // Approved elsewhere in the meantime (409), or gone: the queue as it is now says which.
      setAttempt((n) => n + 1);
    } finally {
      setApproving(undefined);
    }
  };

  return { queue, approving, approve, retry: () => setAttempt((n) => n + 1) };
}
