import type { AddCommentRequest, CommentPage, CommentView } from '@ideabar/core';
import type { ApiClient } from './apiClient';

export type { CommentPage, CommentView };

export class CommentsApi {
  constructor(private readonly client: ApiClient) {}

  list(ideaId: string, cursor?: string): Promise<CommentPage> {
    return this.client.request<CommentPage>('GET', `/api/ideas/${encodeURIComponent(ideaId)}/comments`, {
      query: { cursor, limit: 100 },
    });
  }

  add(ideaId: string, text: string): Promise<CommentView> {
    return this.client.request<CommentView>('POST', `/api/ideas/${encodeURIComponent(ideaId)}/comments`, {
      body: { text } satisfies AddCommentRequest,
    });
  }
}
