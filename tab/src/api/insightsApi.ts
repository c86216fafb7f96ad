import type { InsightsReport } from '@ideabar/core';
import type { ApiClient } from './apiClient';

export type { InsightsReport };

/** Which ideas the insights count (GET /api/insights): no board means every board of the tenant. */
export interface InsightsScope {
  boardId?: string;
  cycleId?: string;
  /** ISO 8601; ideas submitted in [from, to). */
  from?: string;
  to?: string;
}

export class InsightsApi {
  constructor(private readonly client: ApiClient) {}

  report(scope: InsightsScope, signal?: AbortSignal): Promise<InsightsReport> {
    return this.client.request<InsightsReport>('GET', '/api/insights', {
      query: { ...scope },
      ...(signal ? { signal } : {}),
    });
  }

  /** IT's planning export: every idea of the board (or the tenant) with its decisions, as CSV (IT members only). */
  exportIdeas(boardId?: string): Promise<Blob> {
    return this.client.download('/api/export/ideas.csv', { query: { boardId } });
  }
}
