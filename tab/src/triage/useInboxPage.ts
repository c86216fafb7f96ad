import { useCallback, useState } from 'react';
import { problemMessage } from '../api/apiError';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useLoaded } from '../shared/useLoaded';
import type { IdeaView } from '@ideabar/core';

export interface InboxPageProps {
  /** The board whose waiting ideas show; none for every board of the tenant. */
  boardId?: string;
  /** Board names by id, so an inbox across boards says where each idea is. */
  boardNames: ReadonlyMap<string, string>;
  locale: string;
  /** Where an idea opens in full (the board with its detail), so the link also opens in a new tab. */
  ideaHref(idea: IdeaView): string;
  onOpenIdea(idea: IdeaView): void;
}

/** The inbox for the chosen board (or all), "only mine", a retry, and answering an idea in public. */
export function useInboxPage({ boardId }: InboxPageProps) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const [mine, setMine] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const load = useCallback(() => api.inbox.list({ boardId, mine }), [api, boardId, mine]);
  const inbox = useLoaded(load, attempt);

  /** Answers an idea in public; a refusal or failure is thrown as it came, for the answer's form to say. */
  const answer = useCallback(
    async (ideaId: string, response: string) => {
      await api.inbox.answer(ideaId, response);
      // Answered ideas leave the inbox: the list shows what still waits.
      inbox.update((current) => ({
        ...current,
        items: current.items.filter((item) => item.idea.id !== ideaId),
      }));
    },
    [api, inbox],
  );

  return {
    inbox,
    mine,
    setMine,
    retry: () => setAttempt((n) => n + 1),
    problem:
      inbox.error === undefined ? undefined : problemMessage(translator, inbox.error, 'inbox.failed.load'),
    answer,
  };
}
