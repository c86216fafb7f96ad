import { useCallback, useEffect, useState } from 'react';
import type { CommentView, IdeaView, StatusChangeView } from '@ideabar/core';
import { ApiError, fieldProblemText, problemMessage } from '../api/apiError';
import { useTranslator } from '../app/translation';
import { useIdeaBarApi } from '../api/ideaBarApi';
import type { IdeaStore } from '../shared/ideaStore';
import type { HostContext } from '../teams/hostContext';

export interface IdeaDetailProps {
  ideaId: string;
  store: IdeaStore;
  host: HostContext;
  onClose(): void;
  onVote(ideaId: string): void;
  /** Tells the person something happened (link copied, comment posted). */
  onNotice(message: string, intent?: 'success' | 'error'): void;
  /** Opens another idea in place of this one (where a duplicate went); without it the link navigates. */
  onOpenIdea?(ideaId: string): void;
}

type Loading<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; problem: string };

export interface CommentOutcome {
  ok: boolean;
  fieldMessage?: string;
  problem?: string;
}

/**
 * Loads one idea's full text, history and comments, posts new comments, and takes in the idea as a triage change
 * left it. The detail is keyed by idea, so each idea starts from `loading`.
 */
export function useIdeaDetail(ideaId: string, store: IdeaStore) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const [history, setHistory] = useState<Loading<StatusChangeView[]>>({ state: 'loading' });
  const [comments, setComments] = useState<Loading<CommentView[]>>({ state: 'loading' });
  /** The cursor of the next page of comments (oldest first), while there is one. */
  const [moreComments, setMoreComments] = useState<string | null>(null);
  const [commentsProblem, setCommentsProblem] = useState<string | undefined>();

  // Bumped after IT or the author changes the idea, so its history shows the change with who, when and why.
  const [revision, setRevision] = useState(0);

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
          live &&
          // A failed reload keeps the history already shown: it is only missing the latest change.
          setHistory((current) =>
            current.state === 'ready'
              ? current
              : { state: 'error', problem: problemMessage(translator, error, 'idea.failed.open') },
          ),
      );
    return () => {
      live = false;
    };
  }, [api, ideaId, store, revision, translator]);

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

  /** Shows ideas as the API answered a change (the open one, and a merge's target), then reloads the history. */
  const changed = useCallback(
    (...ideas: IdeaView[]) => {
      store.put(ideas);
      setRevision((n) => n + 1);
    },
    [store],
  );

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

  return {
    history,
    comments,
    hasMoreComments: moreComments !== null,
    commentsProblem,
    loadMoreComments,
    addComment,
    changed,
  };
}
