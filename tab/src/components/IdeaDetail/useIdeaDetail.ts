import { useCallback, useEffect, useState } from 'react';
import type { CommentView, StatusChangeView } from '@ideabar/core';
import { ApiError, problemText } from '../../api/apiError';
import { useIdeaBarApi } from '../../api/ideaBarApi';
import type { IdeaStore } from '../../board/ideaStore';

type Loading<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; problem: string };

export interface CommentOutcome {
  ok: boolean;
  fieldMessage?: string;
  problem?: string;
}

/**
 * Loads one idea's full text, history and comments, and posts new comments. The detail is keyed by idea, so each
 * idea starts from `loading`.
 */
export function useIdeaDetail(ideaId: string, store: IdeaStore) {
  const api = useIdeaBarApi();
  const [history, setHistory] = useState<Loading<StatusChangeView[]>>({ state: 'loading' });
  const [comments, setComments] = useState<Loading<CommentView[]>>({ state: 'loading' });
  /** The cursor of the next page of comments (oldest first), while there is one. */
  const [moreComments, setMoreComments] = useState<string | null>(null);
  const [commentsProblem, setCommentsProblem] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    api.ideas
      .get(ideaId)
      .then((detail) => {
        if (!live) return;
        const { history: changes, ...idea } = detail;
        store.put([idea]);
        setHistory({ state: 'ready', value: changes });
      })
      .catch(
        (error: unknown) =>
          live && setHistory({ state: 'error', problem: problemText(error, 'open this idea') }),
      );
    api.comments
      .list(ideaId)
      .then((page) => {
        if (!live) return;
        setComments({ state: 'ready', value: page.items });
        setMoreComments(page.nextCursor);
      })
      .catch(
        (error: unknown) =>
          live && setComments({ state: 'error', problem: problemText(error, 'load the comments') }),
      );
    return () => {
      live = false;
    };
  }, [api, ideaId, store]);

  const addComment = useCallback(
    async (text: string): Promise<CommentOutcome> => {
      try {
        const comment = await api.comments.add(ideaId, text);
        setComments((current) =>
          current.state === 'ready' ? { state: 'ready', value: [...current.value, comment] } : current,
        );
        store.update(ideaId, (idea) => ({ ...idea, commentCount: idea.commentCount + 1 }));
        return { ok: true };
      } catch (error) {
        const fieldMessage = error instanceof ApiError ? error.fieldMessage('text') : undefined;
        return fieldMessage
          ? { ok: false, fieldMessage }
          : { ok: false, problem: problemText(error, 'post your comment') };
      }
    },
    [api, ideaId, store],
  );

  const loadMoreComments = useCallback(async () => {
    if (!moreComments) return;
    try {
      const page = await api.comments.list(ideaId, moreComments);
      setComments((current) =>
        current.state === 'ready' ? { state: 'ready', value: [...current.value, ...page.items] } : current,
      );
      setMoreComments(page.nextCursor);
      setCommentsProblem(undefined);
    } catch (error) {
      setCommentsProblem(problemText(error, 'load more comments'));
    }
  }, [api, ideaId, moreComments]);

  return {
    history,
    comments,
    hasMoreComments: moreComments !== null,
    commentsProblem,
    loadMoreComments,
    addComment,
  };
}
