import { useCallback, useState } from 'react';
import type { CommentView } from '@ideabar/core';
import { problemMessage } from '../api/apiError';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import type { IdeaStore } from '../shared/ideaStore';
import { useLoaded } from '../shared/useLoaded';
import type { Loading } from './useIdeaDetail';

/** One idea's conversation: its comments a page at a time (oldest first), and posting a new one. */
export function useIdeaComments(ideaId: string, store: IdeaStore) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const read = useLoaded(useCallback(() => api.comments.list(ideaId), [api, ideaId]));
  const { update } = read;
  const comments: Loading<CommentView[]> = read.value
    ? { state: 'ready', value: read.value.items }
    : read.failed
      ? { state: 'error', problem: problemMessage(translator, read.error, 'idea.failed.comments') }
      : { state: 'loading' };
  /** The cursor of the next page of comments (oldest first), while there is one. */
  const moreComments = read.value?.nextCursor ?? null;
  const [commentsProblem, setCommentsProblem] = useState<string | undefined>();

  /** Posts a comment; a refusal or failure is thrown as it came. */
  const postComment = useCallback((text: string) => api.comments.add(ideaId, text), [api, ideaId]);

  /** Shows a posted comment at the end of the conversation, and counts it on the idea. */
  const showComment = useCallback(
    (comment: CommentView) => {
      update((page) => ({ ...page, items: [...page.items, comment] }));
      store.update(ideaId, (idea) => ({ ...idea, commentCount: idea.commentCount + 1 }));
    },
    [ideaId, store, update],
  );

  const loadMoreComments = useCallback(async () => {
    if (!moreComments) return;
    try {
      const page = await api.comments.list(ideaId, moreComments);
      update((shown) => ({ ...shown, items: [...shown.items, ...page.items], nextCursor: page.nextCursor }));
      setCommentsProblem(undefined);
    } catch (error) {
      setCommentsProblem(problemMessage(translator, error, 'idea.failed.moreComments'));
    }
  }, [api, ideaId, moreComments, translator, update]);

  return {
    comments,
    hasMoreComments: moreComments !== null,
    commentsProblem,
    loadMoreComments,
    postComment,
    showComment,
  };
}
