import { useEffect, useState, type RefObject } from 'react';
import type { IdeaView } from '@ideabar/core';
import { problemMessage } from '../api/apiError';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useTriageAction } from '../shared/useTriageAction';
import type { MergeFormProps, MergeTarget } from './MergeForm.types';

const FIELDS = ['into', 'response'] as const;
const SEARCH_LIMIT = 8;

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
  const action = useTriageAction(FIELDS, 'triage.failed.merge', formRef);
  const [query, setQuery] = useState('');
  const [candidates, setCandidates] = useState<IdeaView[] | undefined>();
  const [searchProblem, setSearchProblem] = useState<string | undefined>();
  const [target, setTarget] = useState<MergeTarget | undefined>();
  const [response, setResponse] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const words = query.trim();
    const timer = setTimeout(
      () => {
        const found = words
          ? api.ideas
              .list({ boardId: idea.boardId, q: words, sort: 'top' }, { limit: SEARCH_LIMIT, signal })
              .then((page) => page.items)
          : api.ideas.similar(idea.title, { boardId: idea.boardId, limit: SEARCH_LIMIT, signal });
        found
          .then((items) => {
            setCandidates(items.filter((other) => other.id !== idea.id && other.status !== 'duplicate'));
            setSearchProblem(undefined);
          })
          .catch((error: unknown) => {
            if (signal.aborted) return;
            setCandidates([]);
            setSearchProblem(problemMessage(translator, error, 'triage.failed.search'));
          });
      },
      words ? searchDelayMs : 0,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, idea.boardId, idea.id, idea.title, query, searchDelayMs, translator]);

  const search = (text: string) => {
    setQuery(text);
    // Typing again means looking for another idea: the one picked before no longer stands.
    setTarget(undefined);
  };

  const pick = (id: string | undefined) => {
    const picked = candidates?.find((other) => other.id === id);
    if (!picked) return;
    setTarget({ id: picked.id, title: picked.title });
    setQuery(picked.title);
    action.edited('into');
  };

  const editResponse = (text: string) => {
    setResponse(text);
    action.edited('response');
  };

  const submit = async () => {
    if (!target) return action.refuse({ into: t('triage.merge.choose') });
    const merged = await action.run(() => api.ideas.merge(idea.id, target.id, response), onStale);
    if (!merged) return;
    onMerged(merged, t('triage.merge.done', { title: target.title }));
  };

  return {
    ...action,
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
