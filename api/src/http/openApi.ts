import { ERROR_REASONS, FIELD_PROBLEMS, ID_PATTERN } from '@ideabar/core';
import { z } from 'zod';
import type { ErrorBody } from './errorResponses.js';
import { needsSignIn, type RouteDefinition } from './route.js';

/** What the description cannot know from the route table: where the API is, and how a token for it is had. */
export interface OpenApiOptions {
  /** The API's base: `/api` where the document is served beside it, an absolute https URL in the app package. */
  serverUrl: string;
  /**
   * The scope of IdeaBar's Entra app that a token must carry (`api://…/access_as_user`): with it the document offers
   * Entra ID's OAuth 2.0 sign-in (how a Copilot agent gets a token on the caller's behalf). Without it (dev mode)
   * only a bearer token.
   */
  scope?: string;
}

export type OpenApiDocument = Record<string, unknown> & {
  paths: Record<string, Record<string, Operation>>;
};

interface Operation {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  security: Record<string, string[]>[];
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
}

/** The version of the API's contract: raise it with any change a client must follow. */
export const API_VERSION = '1.0.0';

const ERROR_CODES = [
  'validation',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'too_many_requests',
  'unavailable',
  'internal',
  'method_not_allowed',
] as const satisfies ErrorBody['error']['code'][];

/** The one error shape of every route (api/src/http/errorResponses.ts). */
export const errorAnswer = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z
      .string()
      .meta({ description: 'Says what went wrong and what to do, in words a person can act on.' }),
    reason: z.enum(ERROR_REASONS).optional().meta({
      description:
        'On `not_found`, `forbidden` and `conflict`: the refusal’s case, stable across versions, for a client that words it in its own language.',
    }),
    fields: z
      .array(
        z.object({
          field: z.string(),
          message: z.string(),
          problem: z
            .enum(FIELD_PROBLEMS)
            .optional()
            .meta({ description: 'The kind of problem, for a client that words it in its own language.' }),
          limit: z.number().optional().meta({ description: 'The length or count the field broke.' }),
        }),
      )
      .optional()
      .meta({ description: 'On `validation`: each field that needs attention, with its message.' }),
    votesClosed: z
      .union([
        z.object({ status: z.literal('delivered'), mergedInto: z.null() }),
        z.object({ status: z.literal('duplicate'), mergedInto: z.string() }),
      ])
      .optional()
      .meta({
        description: 'On a vote refused: why the idea takes no more votes, and the idea to vote for.',
      }),
  }),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const held: Same<z.output<typeof errorAnswer>, ErrorBody> = true;
void held;

const RETRY_AFTER = {
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer', minimum: 0 },
  },
};

/** The answers every route may give besides its own, each once in `components.responses`. */
const ERRORS = {
  BadRequest: {
    status: 400,
    description: 'The input is not valid: `fields` names each field that needs attention.',
  },
  Unauthorized: {
    status: 401,
    description: 'No token, or one that is expired, forged or for another audience.',
  },
  Forbidden: { status: 403, description: 'Signed in, but not allowed (for example, not an IT member).' },
  NotFound: { status: 404, description: 'Nothing by that id that the caller may see.' },
  Conflict: { status: 409, description: 'The change clashes with the current state (it says which).' },
  TooLarge: { status: 413, description: 'The body is over 64 KB.' },
  TooManyRequests: {
    status: 429,
    description: 'Over a write limit; try again after Retry-After.',
    headers: RETRY_AFTER,
  },
  Unavailable: {
    status: 503,
    description: 'Storage or sign-in is briefly unavailable; try again after Retry-After.',
    headers: RETRY_AFTER,
  },
  Internal: {
    status: 500,
    description: 'A fault on IdeaBar’s side; the answer carries x-correlation-id to quote.',
  },
} as const;
type ErrorName = keyof typeof ERRORS;

/**
 * The OpenAPI 3.1 description of the routes given, made from the route table and its zod schemas (JSON Schema
 * 2020-12 is OpenAPI 3.1's own dialect, so zod's converter fills it as it is). Every route is in it, and nothing else.
 */
export function openApiDocument(routes: RouteDefinition[], options: OpenApiOptions): OpenApiDocument {
  const paths: Record<string, Record<string, Operation>> = {};
  for (const route of routes) {
    const path = `/${route.path}`;
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operationOf(route, options) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'IdeaBar',
      version: API_VERSION,
      description:
        'IdeaBar is where employees bring technology ideas to IT, and IT answers in the open as an enabler. ' +
        'List and search ideas on a board, read one with its status and IT’s decisions, vote for it, comment, ' +
        'and, for IT members, see the ideas waiting for a first answer and answer them. Every call acts as the ' +
        'signed-in person, with what they may see and do.',
    },
    servers: [{ url: options.serverUrl }],
    tags: [...new Set(routes.map(tagOf))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { Error: jsonSchema(errorAnswer, 'output') },
      responses: Object.fromEntries(
        Object.entries(ERRORS).map(([name, { description, ...rest }]) => [
          name,
          {
            description,
            ...('headers' in rest ? { headers: rest.headers } : {}),
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ]),
      ),
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'An Entra ID access token for IdeaBar’s API (from Teams SSO), or a dev token in dev mode.',
        },
        ...(options.scope
          ? {
              entraId: {
                type: 'oauth2',
                description:
                  'Entra ID sign-in: the call runs as the signed-in person, with their permissions.',
                flows: {
                  authorizationCode: {
                    authorizationUrl: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize',
                    tokenUrl: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
                    scopes: { [options.scope]: 'Use IdeaBar as yourself.' },
                  },
                },
              },
            }
          : {}),
      },
    },
  };
}

function operationOf(route: RouteDefinition, options: OpenApiOptions): Operation {
  const pathNames = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
  const parameters = [
    ...pathNames.map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string', pattern: ID_PATTERN.source },
    })),
    ...(route.query ? queryParameters(route.query) : []),
  ];
  const status = String(route.status ?? 200);
  const success = {
    description: route.summary,
    ...(route.answerType
      ? { content: { [route.answerType]: { schema: { type: 'string' } } } }
      : route.answer
        ? { content: { 'application/json': { schema: jsonSchema(route.answer, 'output') } } }
        : {}),
  };
  const errors: ErrorName[] = [];
  if (parameters.length > 0 || route.body) errors.push('BadRequest');
  if (needsSignIn(route)) errors.push('Unauthorized', 'Forbidden');
  if (pathNames.length > 0) errors.push('NotFound');
  if (route.method !== 'GET') errors.push('Conflict');
  if (route.method === 'POST' || route.method === 'PUT') errors.push('TooLarge');
  if (route.limit) errors.push('TooManyRequests');
  errors.push('Unavailable', 'Internal');
  return {
    operationId: route.name,
    summary: route.summary,
    description: descriptionOf(route),
    tags: [tagOf(route)],
    security: needsSignIn(route)
      ? [...(options.scope ? [{ entraId: [options.scope] }] : []), { bearer: [] }]
      : [],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
          },
        }
      : {}),
    responses: {
      [status]: success,
      ...Object.fromEntries(
        errors.map((name) => [String(ERRORS[name].status), { $ref: `#/components/responses/${name}` }]),
      ),
    },
  };
}

/** Who may call it and what it counts against, after the route's own words. */
function descriptionOf(route: RouteDefinition): string {
  const who = {
    user: 'Anyone signed in to the tenant; it acts as them and shows only what they may see.',
    it: 'IT members only; anyone else gets 403.',
    anonymous: 'Open to anyone, no token needed.',
    botFramework: 'For Bot Service only: it carries its own Bot Framework token.',
  }[route.auth];
  const limit = route.limit ? ` Counts against the caller's ${route.limit} write limit (429 past it).` : '';
  return [route.description ?? route.summary, `${who}${limit}`].join('\n\n');
}

/** The first segment of the path names the resource: `ideas/{id}/vote` is about ideas. */
const tagOf = (route: RouteDefinition): string => route.path.split('/')[0] as string;

function queryParameters(schema: z.ZodType): unknown[] {
  const json = jsonSchema(schema, 'input') as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    ...(property.description ? { description: property.description } : {}),
    schema: property,
  }));
}

/** JSON Schema 2020-12 of what a client sends (`input`: before defaults and transforms) or gets (`output`). */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  // The document's dialect is OpenAPI 3.1's own; a schema inside it names none.
  delete json.$schema;
  return json;
}
