import type { Caller, IdeaBarContext } from '@ideabar/core';
import type { WriteKind } from '../limits/writeLimits.js';
import type { Services } from '../services.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteInput {
  params: Readonly<Record<string, string>>;
  /** Request headers, names in lower case. */
  headers: Readonly<Record<string, string>>;
  /** The query string, first value of each name. */
  query: Readonly<Record<string, string>>;
  /** The JSON body, parsed on first use; malformed JSON is a validation error on `body`. */
  body(): unknown;
}

export interface RouteResult {
  status?: number;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, instead of `body`, with the content type given in `headers`. */
  text?: string;
  headers?: Record<string, string>;
}

interface RouteBase {
  /** The Azure Function's name. */
  name: string;
  method: Method;
  /** Relative to /api, in Functions' template syntax: `ideas/{id}/vote`. */
  route: string;
  /** The write limit a signed-in caller's request counts against (429 past it); none for reads and IT's work. */
  limit?: WriteKind;
}

/**
 * One HTTP function: what it answers and how. The same definitions are registered with Azure Functions and served
 * by the local host, so the two can never disagree about a route.
 */
export type RouteDefinition =
  | (RouteBase & {
      auth: 'user';
      handle(input: RouteInput & { caller: Caller }, services: Services): Promise<RouteResult>;
    })
  | (RouteBase & {
      /**
       * `anonymous`: open to anyone (health). `botFramework`: the bot's messaging endpoint, whose Bot Framework token
       * the bot's adapter checks itself, so IdeaBar's own sign-in does not apply.
       */
      auth: 'anonymous' | 'botFramework';
      /** Whether the route reads or writes tables (and so waits for them to exist). */
      storage: boolean;
      handle(input: RouteInput, services: Services): Promise<RouteResult>;
    });

export const ok = (body: unknown): RouteResult => ({ status: 200, body });
export const created = (body: unknown): RouteResult => ({ status: 201, body });

type IdeaUseCase = (ctx: IdeaBarContext, caller: Caller, ideaId: string, input: unknown) => Promise<unknown>;

/** A route that applies one use case to the idea its path names, with the JSON body as the use case's input. */
export const ideaCommand = (
  name: string,
  method: Method,
  route: string,
  useCase: IdeaUseCase,
  limit?: WriteKind,
): RouteDefinition => ({
  name,
  method,
  route,
  ...(limit ? { limit } : {}),
  auth: 'user',
  handle: async ({ caller, params, body }, { ideabar }) =>
    ok(await useCase(ideabar, caller, params.id ?? '', body())),
});
