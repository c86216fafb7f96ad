import { useCallback, useState } from 'react';
import { ApiError, problemText } from '../../api/apiError';
import { useIdeaBarApi } from '../../api/ideaBarApi';
import { useLoaded } from '../SettingsPage/useLoaded';
import type { InboxPageProps } from './InboxPage.types';

export type AnswerOutcome = { ok: true } | { ok: false; fieldMessage?: string; problem?: string };

/** The inbox for the chosen board (or all), "only mine", a retry, and answering an idea in public. */
export function useInboxPage({ boardId }: InboxPageProps) {
  const api = useIdeaBarApi();
  const [mine, setMine] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const load = useCallback(() => api.inbox.list({ boardId, mine }), [api, boardId, mine]);
  const inbox = useLoaded(load, attempt);

  const answer = useCallback(
    async (ideaId: string, response: string): Promise<AnswerOutcome> => {
      try {
        await api.inbox.answer(ideaId, response);
        // Answered ideas leave the inbox: the list shows what still waits.
        inbox.update((current) => ({
          ...current,
          items: current.items.filter((item) => item.idea.id !== ideaId),
        }));
        return { ok: true };
      } catch (error) {
        const fieldMessage = error instanceof ApiError ? error.fieldMessage('response') : undefined;
        return fieldMessage
          ? { ok: false, fieldMessage }
          : { ok: false, problem: problemText(error, 'post your answer') };
      }
    },
    [api, inbox],
  );

  return {
    inbox,
    mine,
    setMine,
    retry: () => setAttempt((n) => n + 1),
    problem: inbox.error === undefined ? undefined : problemText(inbox.error, 'load the inbox'),
    answer,
  };
}
