import { useCallback, useState, type RefObject } from 'react';
import type { IdeaView } from '@ideabar/core';
import { problemMessage } from '../api/apiError';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useForm } from '../shared/useForm';
import { afterPause, useLoaded } from '../shared/useLoaded';
import type { MergeFormProps, MergeTarget } from './MergeForm.types';

const FIELDS = ['into', 'response'] as const;
const SEARCH_LIMIT = 8;

interface MergeDraft {
  target: MergeTarget | null;
  response: string;
}

const NOTHING_YET: MergeDraft = { target: null, response: '' };

/**
 * Merging into another idea: the candidates are the ideas most like this one (GET /api/similar-ideas) until IT
 * types, then the board's ideas matching the words typed (GET /api/ideas?q=). Duplicates are never a target.
 */
export function useMergeForm(
  { idea, onMerged, onStale, searchDelayMs = 250 }: MergeFormProps,
  formRef: RefObject<HTMLFormElement | null>,
) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const { t } = translator;
  const [query, setQuery] = useState('');
  const form = useForm<MergeDraft>(NOTHING_YET, {
    failed: 'triage.failed.merge',
    fields: FIELDS,
    formRef,
    onConflict: onStale,
    check: (draft) => (draft.target ? {} : { into: t('triage.merge.choose') }),
  });
  const { target, response } = form.draft;

  const words = query.trim();
  const read = useLoaded(
    useCallback(
      async (signal: AbortSignal): Promise<IdeaView[]> => {
        if (words) await afterPause(searchDelayMs, signal);
        const found = words
          ? (
              await api.ideas.list(
                { boardId: idea.boardId, q: words, sort: 'top' },
                { limit: SEARCH_LIMIT, signal },
              )
            ).items
          : await api.ideas.similar(idea.title, { boardId: idea.boardId, limit: SEARCH_LIMIT, signal });
        return found.filter((other) => other.id !== idea.id && other.status !== 'duplicate');
      },
      [api, idea.boardId, idea.id, idea.title, words, searchDelayMs],
    ),
  );
  // The last candidates stay while the next ones are looked for; none when the search failed.
  const candidates = read.failed ? [] : read.latest;
  const searchProblem = read.failed
    ? problemMessage(translator, read.error, 'triage.failed.search')
    : undefined;

  const search = (text: string) => {
    setQuery(text);
    // Typing again means looking for another idea: the one picked before no longer stands.
    form.edit({ target: null });
  };

  const pick = (id: string | undefined) => {
    const picked = candidates?.find((other) => other.id === id);
    if (!picked) return;
    form.edit({ target: { id: picked.id, title: picked.title } }, 'into');
    setQuery(picked.title);
  };

  const editResponse = (text: string) => form.edit({ response: text });

  const submit = () =>
    form.submit(async (draft) => {
      if (!draft.target) return;
      const merged = await api.ideas.merge(idea.id, draft.target.id, draft.response);
      onMerged(merged, t('triage.merge.done', { title: draft.target.title }));
    });

  const { saving, problem, validation } = form;
  return {
    saving,
    problem,
    validation,
    query,
    candidates,
    searchProblem,
    target,
    response,
    search,
    pick,
    editResponse,
    submit,
  };
}
