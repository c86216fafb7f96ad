import { beforeAll, describe, expect, it } from 'vitest';
import type { IdeaView } from '../../../core/src/index.js';
import { openApiDocument, type OpenApiDocument } from '../../../api/src/http/openApi.js';
import { routesFor } from '../../../api/src/routes.js';
import { DeclaredAnswers } from '../../support/openApi.js';
import type { Person } from '../../support/testHost.js';
import { useTestApi } from '../../support/apiTestBed.js';

const ada: Person = { tenantId: 'contoso', userId: 'ada', name: 'Ada Lovelace' };
const grace: Person = { tenantId: 'contoso', userId: 'grace', name: 'Grace Hopper', roles: ['it'] };

const api = useTestApi();
let served: OpenApiDocument;
let declared: DeclaredAnswers;

beforeAll(async () => {
  const response = await api.request<OpenApiDocument>('GET', '/api/openapi.json');
  expect(response.status).toBe(200);
  served = response.body;
  declared = new DeclaredAnswers(served);
});

describe('GET /api/openapi.json (local host, Azurite)', () => {
  it('serves the description of this very route table, to anyone, cacheable', async () => {
    const response = await api.request('GET', '/api/openapi.json');
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.body).toEqual(
      JSON.parse(JSON.stringify(openApiDocument(routesFor(api.host.services.config), { serverUrl: '/api' }))),
    );
  });

  it('declares the answers the running API gives: ideas, votes, comments, the inbox and errors', async () => {
    const answers: { method: string; path: string; status: number; body: unknown }[] = [];
    const call = async <T>(
      person: Person | undefined,
      method: string,
      url: string,
      path: string,
      body?: unknown,
    ) => {
      const response = person
        ? await api.as<T>(person, method, url, body)
        : await api.request<T>(method, url, body === undefined ? {} : { body });
      answers.push({ method, path, status: response.status, body: response.body });
      return response;
    };

    const idea = (
      await call<IdeaView>(ada, 'POST', '/api/ideas', '/ideas', {
        title: 'Laptops with more memory for the data team',
        description: 'Our notebooks swap all day.',
        tags: ['laptops'],
      })
    ).body;
    expect(idea.id).toEqual(expect.any(String));
    await call(ada, 'GET', '/api/ideas?q=laptops&status=open', '/ideas');
    await call(ada, 'GET', `/api/ideas/${idea.id}`, '/ideas/{id}');
    await call(grace, 'PUT', `/api/ideas/${idea.id}/vote`, '/ideas/{id}/vote');
    await call(grace, 'DELETE', `/api/ideas/${idea.id}/vote`, '/ideas/{id}/vote');
    await call(grace, 'POST', `/api/ideas/${idea.id}/comments`, '/ideas/{id}/comments', {
      text: 'Yes, please.',
    });
    await call(ada, 'GET', `/api/ideas/${idea.id}/comments`, '/ideas/{id}/comments');
    await call(ada, 'GET', '/api/similar-ideas?title=laptop%20memory', '/similar-ideas');
    await call(grace, 'GET', '/api/inbox', '/inbox');
    await call(grace, 'POST', `/api/ideas/${idea.id}/answer`, '/ideas/{id}/answer', {
      response: 'We are looking at the 32 GB models with the data team.',
    });
    await call(ada, 'GET', '/api/me', '/me');
    await call(ada, 'GET', '/api/boards', '/boards');
    await call(undefined, 'GET', '/api/health', '/health');
    // Refusals: the one error shape, for validation with its fields, a missing idea, a role, a missing token.
    await call(ada, 'POST', '/api/ideas', '/ideas', { title: 'x' });
    await call(ada, 'GET', '/api/ideas/no-such-idea', '/ideas/{id}');
    await call(ada, 'GET', '/api/inbox', '/inbox');
    await call(undefined, 'GET', '/api/ideas', '/ideas');

    expect(answers.map(({ method, path, status }) => `${status} ${method} ${path}`)).toEqual([
      '201 POST /ideas',
      '200 GET /ideas',
      '200 GET /ideas/{id}',
      '200 PUT /ideas/{id}/vote',
      '200 DELETE /ideas/{id}/vote',
      '201 POST /ideas/{id}/comments',
      '200 GET /ideas/{id}/comments',
      '200 GET /similar-ideas',
      '200 GET /inbox',
      '200 POST /ideas/{id}/answer',
      '200 GET /me',
      '200 GET /boards',
      '200 GET /health',
      '400 POST /ideas',
      '404 GET /ideas/{id}',
      '403 GET /inbox',
      '401 GET /ideas',
    ]);
    expect(
      answers.map(({ method, path, status, body }) => ({
        answer: `${status} ${method} ${path}`,
        problems: declared.problems(method, path, status, body),
      })),
    ).toEqual(
      answers.map(({ method, path, status }) => ({ answer: `${status} ${method} ${path}`, problems: [] })),
    );
  });

  it('catches an answer that strays from what it declares', () => {
    expect(
      declared.problems('PUT', '/ideas/{id}/vote', 200, { ideaId: 'x', votes: '3', myVote: true }),
    ).not.toEqual([]);
    expect(
      declared.problems('GET', '/ideas/{id}', 404, { error: { code: 'gone', message: 'x' } }),
    ).not.toEqual([]);
  });
});
