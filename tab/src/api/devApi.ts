import type { Role } from '@ideabar/core';
import { ApiError } from './apiError';

/** Someone of the API's demo tenant, as GET /api/dev/people lists them: who a standalone tab can sign in as. */
export interface DemoPerson {
  tenantId: string;
  userId: string;
  name: string;
  jobTitle: string;
  roles: Role[];
}

/**
 * The API's local sign-in routes (AUTH_MODE=dev only): the demo people and a token for one of them. They need no
 * token themselves, so they go straight over fetch rather than through the signed-in ApiClient.
 */
export class DevApi {
  constructor(private readonly baseUrl = '') {}

  async people(): Promise<DemoPerson[]> {
    const { items } = await this.send<{ items: DemoPerson[] }>('GET', '/api/dev/people');
    return items;
  }

  async token(person: DemoPerson): Promise<string> {
    const { token } = await this.send<{ token: string }>('POST', '/api/dev/token', {
      tenantId: person.tenantId,
      userId: person.userId,
      name: person.name,
      roles: person.roles,
    });
    return token;
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError(0, 'network');
    }
    // 404: the API runs without dev sign-in. Anything else is worth another try.
    if (!response.ok)
      throw new ApiError(response.status, response.status === 404 ? 'not_found' : 'unavailable');
    return (await response.json()) as T;
  }
}
