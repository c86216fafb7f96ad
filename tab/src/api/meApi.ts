import type { Me } from '@ideabar/core';
import type { ApiClient } from './apiClient';

export type { Me };

export class MeApi {
  constructor(private readonly client: ApiClient) {}

  get(): Promise<Me> {
    return this.client.request<Me>('GET', '/api/me');
  }
}
