import { useEffect, useState } from 'react';
import type { SimilarIdea } from '@ideabar/core';
import { useIdeaBarApi } from '../api/ideaBarApi';

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
  const [found, setFound] = useState<{ key: string; ideas: SimilarIdea[] }>({ key: '', ideas: [] });
  const typed = title.trim();
  const key = typed.length >= MIN_TITLE ? `${boardId ?? ''}|${typed}` : '';

  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.ideas
        .similar(typed, { ...(boardId ? { boardId } : {}), limit: SHOWN, signal: controller.signal })
        .then(
          (ideas) => setFound({ key, ideas }),
          () => !controller.signal.aborted && setFound({ key, ideas: [] }),
        );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, key, typed, boardId, delayMs]);

  // The last finds stay until newer ones arrive, so the list does not flicker while the title is typed.
  return key ? found.ideas : [];
}
