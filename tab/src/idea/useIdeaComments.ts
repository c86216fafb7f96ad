import { useCallback, useEffect, useState } from 'react';
import type { CommentView } from '@ideabar/core';
import { ApiError, fieldProblemText, problemMessage } from '../api/apiError';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import type { IdeaStore } from '../shared/ideaStore';
import type { Loading } from './useIdeaDetail';

export interface CommentOutcome {
  ok: boolean;
  fieldMessage?: string;
  problem?: string;
}

/** One idea's conversation: its comments a page at a time (oldest first), and posting a new one. */
export function useIdeaComments(ideaId: string, store: IdeaStore) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const [comments, setComments] = useState<Loading<CommentView[]>>({ state: 'loading' });
  /** The cursor of the next page of comments (oldest first), while there is one. */
  const [moreComments, setMoreComments] = useState<string | null>(null);
  const [commentsProblem, setCommentsProblem] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    api.comments
      .list(ideaId)
      .then((page) => {
        if (!live) return;
        setComments({ state: 'ready', value: page.items });
        setMoreComments(page.nextCursor);
      })
      .catch(
        (error: unknown) =>
          live &&
          setComments({ state: 'error', problem: problemMessage(translator, error, 'idea.failed.comments') }),
      );
    return () => {
      live = false;
    };
  }, [api, ideaId, translator]);

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
        const fieldMessage =
          error instanceof ApiError ? fieldProblemText(translator, error, 'text') : undefined;
        return fieldMessage
          ? { ok: false, fieldMessage }
          : { ok: false, problem: problemMessage(translator, error, 'idea.comment.failed') };
      }
    },
    [api, ideaId, store, translator],
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
      setCommentsProblem(problemMessage(translator, error, 'idea.failed.moreComments'));
    }
  }, [api, ideaId, moreComments, translator]);

  return { comments, hasMoreComments: moreComments !== null, commentsProblem, loadMoreComments, addComment };
}
