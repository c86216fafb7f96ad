import { useCallback } from 'react';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useLoaded } from '../shared/useLoaded';

export interface SavedResponsePickerProps {
  /** The board whose saved responses are offered: the idea's own. */
  boardId: string;
  /** Puts the picked response's text in the answer, where IT can still edit it. */
  onPick(text: string, title: string): void;
}

/** The board's saved responses, read when an answer form opens. */
export function useSavedResponsePicker({ boardId }: Pick<SavedResponsePickerProps, 'boardId'>) {
  const api = useIdeaBarApi();
  const load = useCallback(() => api.savedResponses.list(boardId), [api, boardId]);
  const loaded = useLoaded(load);
  return {
    loading: loaded.loading,
    failed: loaded.error !== undefined,
    responses: loaded.value?.savedResponses ?? [],
  };
}
