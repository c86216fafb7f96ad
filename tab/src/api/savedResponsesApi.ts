import type {
  AddSavedResponseRequest,
  SavedResponseChangeRequest,
  SavedResponseList,
  SavedResponseView,
} from '@ideabar/core';
import type { ApiClient } from './apiClient';

export type { SavedResponseList, SavedResponseView };

export type SavedResponseChange = SavedResponseChangeRequest;

/** A board's saved responses (IT members only); every change answers the board's list as it now is. */
export class SavedResponsesApi {
  constructor(private readonly client: ApiClient) {}

  list(boardId: string): Promise<SavedResponseList> {
    return this.client.request<SavedResponseList>('GET', pathOf(boardId));
  }

  add(boardId: string, response: AddSavedResponseRequest): Promise<SavedResponseList> {
    return this.client.request<SavedResponseList>('POST', pathOf(boardId), { body: response });
  }

  update(boardId: string, responseId: string, change: SavedResponseChange): Promise<SavedResponseList> {
    return this.client.request<SavedResponseList>('PUT', pathOf(boardId, responseId), { body: change });
  }

  remove(boardId: string, responseId: string): Promise<SavedResponseList> {
    return this.client.request<SavedResponseList>('DELETE', pathOf(boardId, responseId));
  }
}

const pathOf = (boardId: string, responseId?: string): string =>
  `/api/boards/${encodeURIComponent(boardId)}/saved-responses` +
  (responseId === undefined ? '' : `/${encodeURIComponent(responseId)}`);
