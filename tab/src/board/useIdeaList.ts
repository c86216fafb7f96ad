import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IdeaView } from '@ideabar/core';
import { problemMessage } from '../api/apiError';
import { useTranslator } from '../app/translation';
import type { IdeaFilter, IdeasApi } from '../api/ideasApi';
import type { IdeaStore } from '../shared/ideaStore';

export interface IdeaListProps {
  ids: string[];
  store: IdeaStore;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore(): void;
  onVote(ideaId: string): void;
  onOpen(ideaId: string): void;
  onTag(tag: string): void;
}

/** The first page is small so rows paint sooner; later pages are the API's largest. */
export const FIRST_PAGE = 40;
export const NEXT_PAGE = 100;

export type ListStatus = 'loading' | 'ready' | 'error';

export interface IdeaList {
  ids: string[];
  status: ListStatus;
  /** A new view is loading while the last one's ideas stay on screen (search as you type does not flash). */
  refreshing: boolean;
  problem?: string;
  /** How many ideas match the view in all, loaded or not (the API's `total`). */
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore(): void;
  retry(): void;
  /** Puts a just-submitted idea at the top, where its author expects it. */
  prepend(idea: IdeaView): void;
}

/** One loaded view: `request` names the filter and attempt it answers, so a stale answer is never shown. */
interface Loaded {
  request: string;
  ids: string[];
  cursor: string | null;
  total: number;
  status: 'ready' | 'error';
  problem?: string;
  loadingMore: boolean;
}

/** The ordered idea ids of one board view, paged from the API; the ideas themselves live in the store. */
export function useIdeaList(api: IdeasApi, store: IdeaStore, filter: IdeaFilter): IdeaList {
  const translator = useTranslator();
  const key = useMemo(() => JSON.stringify(filter), [filter]);
  const [attempt, setAttempt] = useState(0);
  const request = `${attempt}|${key}`;
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const more = useRef<AbortController | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    more.current?.abort();
    const [, filterText = '{}'] = splitRequest(request);
    api
      .list(JSON.parse(filterText) as IdeaFilter, { limit: FIRST_PAGE, signal: controller.signal })
      .then((page) => {
        store.put(page.items);
        setLoaded({
          request,
          ids: page.items.map((idea) => idea.id),
          cursor: page.nextCursor,
          total: page.total,
          status: 'ready',
          loadingMore: false,
        });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({
          request,
          ids: [],
          cursor: null,
          total: 0,
          status: 'error',
          problem: problemMessage(translator, error, 'board.failed.load'),
          loadingMore: false,
        });
      });
    return () => controller.abort();
  }, [api, store, request, translator]);

  const current = loaded?.request === request ? loaded : undefined;

  const loadMore = useCallback(() => {
    if (!current || current.status !== 'ready' || !current.cursor || current.loadingMore) return;
    const controller = new AbortController();
    more.current = controller;
    const { request: from, cursor } = current;
    const [, filterText = '{}'] = splitRequest(from);
    const settle = (change: (loaded: Loaded) => Loaded) =>
      setLoaded((latest) => (latest && latest.request === from ? change(latest) : latest));
    settle((latest) => ({ ...latest, loadingMore: true }));
    api
      .list(JSON.parse(filterText) as IdeaFilter, { cursor, limit: NEXT_PAGE, signal: controller.signal })
      .then((page) => {
        store.put(page.items);
        settle((latest) => {
          const seen = new Set(latest.ids);
          const added = page.items.map((idea) => idea.id).filter((id) => !seen.has(id));
          return { ...latest, ids: [...latest.ids, ...added], cursor: page.nextCursor, loadingMore: false };
        });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        settle((latest) => ({
          ...latest,
          loadingMore: false,
          problem: problemMessage(translator, error, 'board.failed.loadMore'),
        }));
      });
  }, [api, store, current, translator]);

  const prepend = useCallback(
    (idea: IdeaView) => {
      store.put([idea]);
      setLoaded(
        (latest) =>
          latest && {
            ...latest,
            ids: [idea.id, ...latest.ids.filter((id) => id !== idea.id)],
            total: latest.ids.includes(idea.id) ? latest.total : latest.total + 1,
          },
      );
    },
    [store],
  );

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const shown = current ?? (loaded?.status === 'ready' ? loaded : undefined);
  return {
    ids: shown?.ids ?? [],
    status: shown?.status ?? 'loading',
    refreshing: !current && shown !== undefined,
    ...(current?.problem ? { problem: current.problem } : {}),
    total: shown ? Math.max(shown.total, shown.ids.length) : 0,
    hasMore: Boolean(current?.cursor),
    loadingMore: current?.loadingMore ?? false,
    loadMore,
    retry,
    prepend,
  };
}

function splitRequest(request: string): [string, string | undefined] {
  const bar = request.indexOf('|');
  return [request.slice(0, bar), request.slice(bar + 1)];
}
