import { translatorFor } from '@ideabar/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, queryString } from '../../../tab/src/api/apiClient';
import { ApiError, problemMessage } from '../../../tab/src/api/apiError';

const english = translatorFor('en-US');

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

afterEach(() => vi.unstubAllGlobals());

describe('ApiClient', () => {
  it('retries once with a renewed token after a 401', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json(401, { error: { code: 'unauthorized', message: 'expired' } }))
      .mockResolvedValueOnce(json(200, { ok: true }));
    vi.stubGlobal('fetch', fetch);
    const renew = vi.fn(async () => 'new');
    const client = new ApiClient({ token: async () => 'old', renew });
    await expect(client.request('GET', '/api/me')).resolves.toEqual({ ok: true });
    expect(renew).toHaveBeenCalledOnce();
    expect(fetch.mock.calls.map(([, init]) => (init as RequestInit).headers)).toMatchObject([
      { authorization: 'Bearer old' },
      { authorization: 'Bearer new' },
    ]);
  });

  it('turns error bodies into ApiErrors with their fields, and unknown failures into internal ones', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(
          json(400, {
            error: { code: 'validation', message: 'x', fields: [{ field: 'tags.0', message: 'Too long.' }] },
          }),
        )
        .mockResolvedValueOnce(new Response('<html>proxy error</html>', { status: 502 })),
    );
    const client = new ApiClient({ token: async () => 't', renew: async () => 't' });
    const validation = await client
      .request('POST', '/api/ideas', { body: {} })
      .catch((error: unknown) => error);
    expect(validation).toBeInstanceOf(ApiError);
    expect((validation as ApiError).fieldMessage('tags')).toBe('Too long.');
    const proxy = await client.request('GET', '/api/ideas').catch((error: unknown) => error);
    expect(proxy).toMatchObject({ status: 502, code: 'internal' });
    expect(problemMessage(english, proxy, 'submit.failed')).not.toMatch(/proxy|html|502/);
  });

  it('tells a person kindly how long to wait after a 429, from its Retry-After', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockImplementation(async () =>
        json(
          429,
          {
            error: {
              code: 'too_many_requests',
              message: 'You are sending ideas faster than IdeaBar allows.',
            },
          },
          { 'retry-after': '42' },
        ),
      ),
    );
    const client = new ApiClient({ token: async () => 't', renew: async () => 't' });
    const refused = await client.request('POST', '/api/ideas', { body: {} }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 429, code: 'too_many_requests', retryAfterSeconds: 42 });
    expect(problemMessage(english, refused, 'submit.failed')).toBe(
      "Couldn't post your idea. That was a lot in a short time. Wait 42 seconds and try again.",
    );
    expect(
      problemMessage(english, new ApiError(429, 'too_many_requests', [], 600), 'board.vote.failed.record'),
    ).toMatch(/Wait 10 minutes/);
  });

  it('downloads a file as it came, renewing the token and refusing as for JSON', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json(401, { error: { code: 'unauthorized', message: 'expired' } }))
      .mockResolvedValueOnce(
        new Response('\uFEFFid,title\r\n1,VPN', { headers: { 'content-type': 'text/csv' } }),
      )
      .mockResolvedValueOnce(json(403, { error: { code: 'forbidden', message: 'IT only' } }));
    vi.stubGlobal('fetch', fetch);
    const client = new ApiClient({ token: async () => 'old', renew: async () => 'new' });
    const file = await client.download('/api/export/ideas.csv', { query: { boardId: 'b1' } });
    // Byte for byte: the byte-order mark spreadsheets need is still there.
    expect([...new Uint8Array(await file.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await file.text()).toBe('id,title\r\n1,VPN');
    expect(fetch.mock.calls[1]?.[0]).toBe('/api/export/ideas.csv?boardId=b1');
    expect((fetch.mock.calls[1]?.[1] as RequestInit).headers).toMatchObject({
      authorization: 'Bearer new',
      accept: '*/*',
    });
    await expect(client.download('/api/export/ideas.csv')).rejects.toMatchObject({
      status: 403,
      code: 'forbidden',
    });
  });

  it('leaves empty query values out', () => {
    expect(queryString({ q: 'a b', status: undefined, mine: true, tag: '', limit: 40 })).toBe(
      '?q=a+b&mine=true&limit=40',
    );
  });
});
