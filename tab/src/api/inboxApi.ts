import type { AnswerIdeaRequest, Inbox, InboxItem, IdeaView, SlaState } from '@ideabar/core';
import type { ApiClient } from './apiClient';

export type { Inbox, InboxItem, SlaState };

/** IT's inbox (IT members only): the ideas waiting for a first answer, and answering one without moving it. */
export class InboxApi {
  constructor(private readonly client: ApiClient) {}

  /** No board means every board of the tenant; `mine` keeps the ideas the caller is IT partner on. */
  list(scope: { boardId?: string; mine?: boolean }): Promise<Inbox> {
    return this.client.request<Inbox>('GET', '/api/inbox', {
      query: { boardId: scope.boardId, mine: scope.mine ? true : undefined },
    });
  }

  answer(ideaId: string, response: string): Promise<IdeaView> {
    return this.client.request<IdeaView>('POST', `/api/ideas/${encodeURIComponent(ideaId)}/answer`, {
      body: { response } satisfies AnswerIdeaRequest,
    });
  }
}
