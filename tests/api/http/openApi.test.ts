import { validate } from '@hyperjump/json-schema/openapi-3-1';
import { describe, expect, it } from 'vitest';
import { loadConfig, LOCAL_SETTINGS } from '../../../api/src/config.js';
import { openApiDocument, type OpenApiDocument } from '../../../api/src/http/openApi.js';
import { needsSignIn } from '../../../api/src/http/route.js';
import { routesFor } from '../../../api/src/routes.js';

const SCOPE = 'api://ideabar.example.com/00000000-0000-4000-8000-000000000001/access_as_user';
const devConfig = loadConfig(LOCAL_SETTINGS);
const entraConfig = loadConfig({
  ...LOCAL_SETTINGS,
  AUTH_MODE: 'entra',
  ENTRA_CLIENT_ID: '00000000-0000-4000-8000-000000000001',
});

const operationsOf = (document: OpenApiDocument) =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path.slice(1)}`,
      operation,
    })),
  );

describe('the OpenAPI description, made from the route table', () => {
  it('is a valid OpenAPI 3.1 document, its schemas included, in dev mode and with Entra sign-in', async () => {
    for (const [config, scope] of [
      [devConfig, undefined],
      [entraConfig, SCOPE],
    ] as const) {
      const document = openApiDocument(routesFor(config), { serverUrl: '/api', ...(scope ? { scope } : {}) });
      const output = await validate(
        'https://spec.openapis.org/oas/3.1/schema-base',
        document as never,
        'BASIC',
      );
      expect(output.valid ? [] : output.errors).toEqual([]);
    }
  }, 60_000);

  it('is refused by the same check when a schema in it is broken, so the check above can fail', async () => {
    const document = openApiDocument(routesFor(devConfig), { serverUrl: '/api' });
    const broken = structuredClone(document) as {
      paths: Record<
        string,
        Record<
          string,
          { responses: Record<string, { content: Record<string, { schema: { type: string } }> }> }
        >
      >;
    };
    broken.paths['/ideas']!.get!.responses['200']!.content['application/json']!.schema.type = 'idea';
    const output = await validate('https://spec.openapis.org/oas/3.1/schema-base', broken as never, 'BASIC');
    expect(output.valid).toBe(false);
  }, 60_000);

  it('holds every row of the route table and nothing else, each under its name as operationId', () => {
    for (const config of [devConfig, entraConfig]) {
      const routes = routesFor(config);
      const document = openApiDocument(routes, { serverUrl: '/api' });
      const operations = operationsOf(document);
      expect(operations.map(({ key }) => key).sort()).toEqual(
        routes.map((route) => `${route.method} ${route.path}`).sort(),
      );
      expect(
        Object.fromEntries(operations.map(({ key, operation }) => [key, operation.operationId])),
      ).toEqual(Object.fromEntries(routes.map((route) => [`${route.method} ${route.path}`, route.name])));
    }
  });

  it('asks a token of every route that needs a caller, offers Entra ID sign-in for its scope, and none of the others', () => {
    const routes = routesFor(entraConfig);
    const document = openApiDocument(routes, { serverUrl: '/api', scope: SCOPE });
    const schemes = (document.components as { securitySchemes: Record<string, Record<string, unknown>> })
      .securitySchemes;
    expect(schemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.entraId).toMatchObject({
      type: 'oauth2',
      flows: { authorizationCode: { scopes: { [SCOPE]: expect.any(String) } } },
    });
    for (const route of routes) {
      const operation = document.paths[`/${route.path}`]![route.method.toLowerCase()]!;
      expect({ route: route.name, security: operation.security }).toEqual({
        route: route.name,
        security: needsSignIn(route) ? [{ entraId: [SCOPE] }, { bearer: [] }] : [],
      });
      if (needsSignIn(route)) expect(operation.responses).toHaveProperty('401');
      if (route.auth === 'it') expect(operation.description).toContain('IT members only');
      if (route.limit)
        expect(operation.responses['429']).toEqual({ $ref: '#/components/responses/TooManyRequests' });
    }
  });

  it('describes the error shape once, with Retry-After on 429 and 503, and its inputs from the use cases’ schemas', () => {
    const document = openApiDocument(routesFor(devConfig), { serverUrl: '/api' });
    const components = document.components as {
      schemas: {
        Error: { properties: { error: { required: string[]; properties: Record<string, unknown> } } };
      };
      responses: Record<string, { headers?: Record<string, unknown> }>;
    };
    expect(components.schemas.Error.properties.error.required.sort()).toEqual(['code', 'message']);
    expect(Object.keys(components.schemas.Error.properties.error.properties)).toEqual(
      expect.arrayContaining(['code', 'message', 'fields']),
    );
    expect(components.responses.TooManyRequests!.headers).toHaveProperty('Retry-After');
    expect(components.responses.Unavailable!.headers).toHaveProperty('Retry-After');

    const listIdeas = document.paths['/ideas']!.get!;
    expect((listIdeas.parameters as { name: string }[]).map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(['boardId', 'status', 'q', 'sort', 'limit', 'cursor']),
    );
    const submit = document.paths['/ideas']!.post! as {
      requestBody: { content: Record<string, { schema: { required: string[] } }> };
    };
    expect(submit.requestBody.content['application/json']!.schema.required).toEqual(
      expect.arrayContaining(['title']),
    );
    const exportIdeas = document.paths['/export/ideas.csv']!.get!.responses['200'] as { content: object };
    expect(Object.keys(exportIdeas.content)).toEqual(['text/csv']);
  });

  it('gives every operation a summary and a description a Copilot agent can choose by', () => {
    const document = openApiDocument(routesFor(devConfig), { serverUrl: '/api' });
    for (const { key, operation } of operationsOf(document)) {
      expect(operation.summary.length, key).toBeGreaterThan(10);
      expect(operation.description.length, key).toBeGreaterThan(operation.summary.length);
    }
  });
});
