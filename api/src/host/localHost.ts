import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import functions, { type HttpResponseInit, type LogHandler } from '@azure/functions';
import { Cron } from 'croner';
import type { Config } from '../config.js';
import { errorResponse } from '../http/errorResponses.js';
import { handleHttp, MAX_BODY_BYTES, tooLarge } from '../http/pipeline.js';
import { processTelemetry } from '../observability/telemetry.js';
import { routeLookup } from '../http/routeLookup.js';
import { routesFor, timersFor } from '../routes.js';
import { createServices, type ServiceOverrides, type Services } from '../services.js';
import type { TimerDefinition } from '../timers/timer.js';

export interface LocalHostOptions {
  config: Config;
  overrides?: ServiceOverrides;
  /** Extra timers beside the app's own, for tests of the scheduling itself. */
  extraTimers?: TimerDefinition[];
  /** Where the operations' log lines go (one JSON line each); only errors, to stderr, unless given. */
  log?: LogHandler;
  host?: string;
  /** A built single-page app (the tab) to serve at every path outside /api. */
  staticDir?: string;
}

export interface LocalHost {
  url: string;
  port: number;
  services: Services;
  close(): Promise<void>;
}

// @azure/functions is CommonJS without named ESM exports.
const { HttpRequest, InvocationContext } = functions;

/**
 * A small stand-in for the Azure Functions host, for `npm start` and tests where Core Tools cannot be installed.
 * It serves the very route and timer tables that registration.ts gives Azure Functions, passing each request to the
 * same handler as a real `HttpRequest`, so nothing about a route is written twice.
 */
export async function startLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  await processTelemetry.enable(options.config.telemetry);
  const services = createServices(options.config, options.overrides);
  // At start-up, not at the first request: what a process killed mid-burst left is set right at once. A failure is
  // retried by the first request, which waits for it.
  services.ready().catch(() => undefined);
  const findRoute = routeLookup(routesFor(options.config));
  const log: LogHandler = options.log ?? ((level, ...args) => level === 'error' && console.error(...args));

  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      console.error('local host failed to answer', error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    if (options.staticDir && !url.pathname.startsWith('/api/') && (method === 'GET' || method === 'HEAD')) {
      return serveStatic(options.staticDir, url.pathname, response);
    }
    const { match: found, allowed } = findRoute(method, url.pathname);
    if (!found) {
      return allowed.length > 0
        ? send(response, methodNotAllowed(allowed.sort()))
        : send(response, notFound(url.pathname));
    }
    const params = decodeParams(found.params);
    if (!params) return send(response, notFound(url.pathname));
    const body = await readBody(request);
    if (body === undefined) {
      request.resume();
      const refusal = toInit(errorResponse(tooLarge()));
      return send(response, { ...refusal, headers: { ...refusal.headers, connection: 'close' } });
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers[name] = value;
      else if (Array.isArray(value)) headers[name] = value.join(', ');
    }
    const httpRequest = new HttpRequest({
      method,
      url: url.href,
      headers,
      params,
      query: Object.fromEntries(url.searchParams),
      ...(body.length > 0 ? { body: { bytes: body } } : {}),
    });
    const context = new InvocationContext({
      invocationId: randomUUID(),
      functionName: found.route.name,
      logHandler: log,
    });
    send(response, await handleHttp(found.route, services, httpRequest, context));
  }

  const timers = [...timersFor(options.config), ...(options.extraTimers ?? [])].map((timer) =>
    schedule(timer, services, log),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.config.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    services,
    async close() {
      for (const timer of timers) timer.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // A timer's run, an answer's follow-ups or a card edit waiting for its debounce would meet storage gone once
      // the caller stops it, and report a fault for each call: they finish first, or are given up after a while.
      const finished = Promise.all(timers.map((timer) => timer.running()))
        .then(() => services.bot.flush())
        .catch(() => undefined);
      let giveUp: NodeJS.Timeout | undefined;
      await Promise.race([finished, new Promise((resolve) => (giveUp = setTimeout(resolve, CLOSE_WAIT_MS)))]);
      clearTimeout(giveUp);
    },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Files of the built tab; any other path gets index.html, so the app's own routes survive a reload. */
async function serveStatic(root: string, pathname: string, response: ServerResponse): Promise<void> {
  const base = resolve(root);
  let file = base;
  try {
    file = resolve(base, `.${decodeURIComponent(pathname)}`);
  } catch {
    // A malformed escape names no file; fall through to index.html.
  }
  if (file !== base && !file.startsWith(base + sep)) file = base;
  const found = await stat(file).catch(() => undefined);
  if (!found?.isFile()) file = join(base, 'index.html');
  const content = await readFile(file).catch(() => undefined);
  if (!content) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('The tab has not been built yet: run npm run build -w tab.');
    return;
  }
  const immutable = file.includes(`${sep}assets${sep}`);
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  response.end(content);
}

function decodeParams(params: Record<string, string>): Record<string, string> | undefined {
  try {
    return Object.fromEntries(
      Object.entries(params).map(([name, value]) => [name, decodeURIComponent(value)]),
    );
  } catch {
    return undefined;
  }
}

const EMPTY = Buffer.alloc(0);

/** The body, or undefined once it passes the limit (reading stops there; nothing large is buffered). */
async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return undefined;
  // Neither a length nor chunks: HTTP/1.1 says there is no body (a vote, a read), and nothing need wait for the
  // stream to say so. Node drops whatever is left unread once the answer is sent.
  if (declared === 0 && request.headers['transfer-encoding'] === undefined) return EMPTY;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, init: HttpResponseInit): void {
  const headers = Object.fromEntries(Object.entries(init.headers ?? {}) as [string, string][]);
  response.writeHead(init.status ?? 200, headers);
  response.end(typeof init.body === 'string' ? init.body : undefined);
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

const toInit = (error: ReturnType<typeof errorResponse>): HttpResponseInit => ({
  status: error.status,
  headers: { ...JSON_TYPE, ...error.headers },
  body: JSON.stringify(error.body),
});

const notFound = (path: string): HttpResponseInit => ({
  status: 404,
  headers: JSON_TYPE,
  body: JSON.stringify({ error: { code: 'not_found', message: `There is no API at ${path}.` } }),
});

const methodNotAllowed = (allowed: string[]): HttpResponseInit => ({
  status: 405,
  headers: { ...JSON_TYPE, allow: allowed.join(', ') },
  body: JSON.stringify({
    error: { code: 'method_not_allowed', message: `Use ${allowed.join(' or ')} here.` },
  }),
});

/** How long closing the host waits for a timer's run and follow-ups in flight. */
const CLOSE_WAIT_MS = 10_000;

interface ScheduledTimer {
  /** No further run; the run in flight is told to start no further work. */
  stop(): void;
  /** Resolves once the run in flight, if any, has ended. */
  running(): Promise<void>;
}

/** Runs a timer on its NCRONTAB schedule (croner reads the same six fields), one run at a time, in UTC. */
function schedule(timer: TimerDefinition, services: Services, log: LogHandler): ScheduledTimer {
  let run: Promise<void> = Promise.resolve();
  const stopping = new AbortController();
  const job = new Cron(timer.schedule, { timezone: 'UTC', protect: true }, () => {
    const context = new InvocationContext({
      invocationId: randomUUID(),
      functionName: timer.name,
      logHandler: log,
    });
    run = timer.run(services, { isPastDue: false }, context, stopping.signal).catch((error: unknown) => {
      context.error('timer failed', { timer: timer.name }, error);
    });
    return run;
  });
  return {
    stop: () => {
      job.stop();
      stopping.abort();
    },
    running: () => run,
  };
}
