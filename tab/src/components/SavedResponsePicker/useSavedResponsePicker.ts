import { useCallback } from 'react';
import { useIdeaBarApi } from '../../api/ideaBarApi';
import { useLoaded } from '../../shared/useLoaded';
import type { SavedResponsePickerProps } from './SavedResponsePicker.types';

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
