import { useCallback } from 'react';
import type { SimilarIdea } from '@ideabar/core';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { afterPause, useLoaded } from '../shared/useLoaded';

export const SIMILAR_DELAY_MS = 400;
const SHOWN = 5;
/** Shorter than a title may be: not worth asking about yet. */
const MIN_TITLE = 3;

/**
 * Ideas already on the board that look like the title being typed, from the API's similar-ideas search, asked
 * once typing pauses. A failed lookup shows nothing: it is a hint, and the form works without it.
 */
export function useSimilarIdeas(
  title: string,
  boardId: string | undefined,
  delayMs = SIMILAR_DELAY_MS,
): SimilarIdea[] {
  const api = useIdeaBarApi();
  const typed = title.trim();
  const asked = typed.length >= MIN_TITLE;
  const load = useCallback(
    async (signal: AbortSignal) => {
      await afterPause(delayMs, signal);
      return api.ideas.similar(typed, { ...(boardId ? { boardId } : {}), limit: SHOWN, signal });
    },
    [api, typed, boardId, delayMs],
  );
  const found = useLoaded(asked ? load : undefined);

  // The last finds stay until newer ones arrive, so the list does not flicker while the title is typed.
  return asked ? (found.latest ?? []) : [];
}
