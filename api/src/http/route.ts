import type { Caller, IdeaBarContext } from '@ideabar/core';
import type { z } from 'zod';
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

/** What a route does with a request: translate it into a use case and its outcome back. */
export type Handler<Input = RouteInput> = (input: Input, services: Services) => Promise<RouteResult>;
/** A handler for a signed-in caller. */
export type UserHandler = Handler<RouteInput & { caller: Caller }>;

/**
 * What a route takes and answers, for its OpenAPI description (api/src/http/openApi.ts): the same zod schemas its
 * use case parses. Path parameters need no schema: every one is an id.
 */
export interface RouteContract {
  /** One line: what it does, in the product's words (a Copilot agent reads it to pick the route). */
  summary: string;
  /** More, when the summary cannot say who may call it or what comes back. */
  description?: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The JSON of a successful answer; none for an answer that is not JSON or not described yet. */
  answer?: z.ZodType;
  /** The media type of a successful answer that is not JSON (a CSV download), sent as `text`. */
  answerType?: string;
  /** The success status: 200 unless given (201 for what creates something). */
  status?: 200 | 201;
}

interface RouteBase extends RouteContract {
  /** The Azure Function's name, and the operationId in the OpenAPI description. */
  name: string;
  method: Method;
  /** Relative to /api, in Functions' template syntax: `ideas/{id}/vote`. */
  path: string;
  /** The write limit a signed-in caller's request counts against (429 past it); none for reads and IT's work. */
  limit?: WriteKind;
}

/** A route for a signed-in caller. */
export interface SignedInRoute extends RouteBase {
  /**
   * `user`: anyone signed in to the tenant. `it`: IT members only; the use case checks it (a test holds the table to
   * what the use cases refuse), the table says it for whoever reads or describes the route.
   */
  auth: 'user' | 'it';
  handle: UserHandler;
}

/** A route outside IdeaBar's sign-in. */
export interface OpenRoute extends RouteBase {
  /**
   * `anonymous`: open to anyone (health). `botFramework`: the bot's messaging endpoint, whose Bot Framework token the
   * bot's adapter checks itself, so IdeaBar's own sign-in does not apply.
   */
  auth: 'anonymous' | 'botFramework';
  /** Whether the route reads or writes tables (and so waits for them to exist). */
  storage: boolean;
  handle: Handler;
}

/**
 * One HTTP function: what it answers and how. The route table (api/src/routes.ts) holds one per route; the same
 * definitions are registered with Azure Functions, served by the local host and described in OpenAPI, so the three
 * can never disagree about a route.
 */
export type RouteDefinition = SignedInRoute | OpenRoute;

export const needsSignIn = (route: RouteDefinition): route is SignedInRoute =>
  route.auth === 'user' || route.auth === 'it';

export const ok = (body: unknown): RouteResult => ({ status: 200, body });
export const created = (body: unknown): RouteResult => ({ status: 201, body });

type IdeaUseCase = (ctx: IdeaBarContext, caller: Caller, ideaId: string, input: unknown) => Promise<unknown>;

/** A handler that applies one use case to the idea its path names, with the JSON body as the use case's input. */
export const ideaCommand =
  (useCase: IdeaUseCase): UserHandler =>
  async ({ caller, params, body }, { ideabar }) =>
    ok(await useCase(ideabar, caller, params.id ?? '', body()));
