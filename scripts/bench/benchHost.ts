/**
 * The local host as the bench runs it in a process of its own: started as hostProcess.ts starts it (and so as
 * `npm start` does), plus answers to the bench over the IPC channel, so what the host spends is measured where it
 * is spent: its CPU time, and on request the time each vote's request spends in the token check and in each
 * storage call (see HostTrace). A `stop` message ends the process normally, so `--cpu-prof` can write its profile.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe } from 'node:diagnostics_channel';
import { writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { Session } from 'node:inspector';
import type { Repositories } from '@ideabar/core';
import { loadConfig } from '../../api/src/config.js';
import { startLocalHost } from '../../api/src/host/localHost.js';
import { tableClients } from '../../api/src/storage/tables.js';
import type { BenchHostReply, BenchHostRequest, HostTrace, TraceSpan } from './benchHostProtocol.js';
import { rawVoteTransactions } from './votes.js';

const config = loadConfig();
const host = await startLocalHost({ config });
/** Raw vote transactions sent from this process through a storage client made as the host's (see tables.ts). */
const { Votes } = tableClients(config.storage.connectionString, config.storage.tablePrefix);
let rawTransactions: ReturnType<typeof rawVoteTransactions> | undefined;

const spans: TraceSpan[] = [];
const requests: HostTrace['requests'] = [];
let tracing = false;

/** Set inside a traced call: a repository's call of its own methods is part of the outer call's time. */
const insideCall = new AsyncLocalStorage<true>();

const timedCall = <T>(name: string, call: () => T): T => {
  if (!tracing || insideCall.getStore()) return call();
  const start = performance.now();
  const result = insideCall.run(true, call);
  if (!(result instanceof Promise)) return result;
  const settle = () => spans.push({ name, start, end: performance.now() });
  result.then(settle, settle);
  return result;
};

/** Wraps each method of each repository, and the token check, in place: the host's services hold these objects. */
function instrument(): void {
  const { tokens, ideabar } = host.services;
  const verify = tokens.verify.bind(tokens);
  tokens.verify = (authorization) => timedCall('token check', () => verify(authorization));
  for (const [repositoryName, repository] of Object.entries(ideabar.repos as Repositories)) {
    const target = repository as unknown as Record<string, unknown>;
    const prototype = Object.getPrototypeOf(target) as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      const original = target[method];
      if (method === 'constructor' || typeof original !== 'function') continue;
      const bound = (original as (...args: unknown[]) => unknown).bind(target);
      target[method] = (...args: unknown[]) => timedCall(`${repositoryName}.${method}`, () => bound(...args));
    }
  }
  const starts = new WeakMap<object, number>();
  type Served = { request: IncomingMessage };
  subscribe('http.server.request.start', (message) => {
    if (tracing) starts.set((message as Served).request, performance.now());
  });
  subscribe('http.server.response.finish', (message) => {
    const { request } = message as Served;
    const start = starts.get(request);
    const line = `${request.method ?? ''} ${request.url ?? ''}`;
    if (start !== undefined) requests.push({ start, end: performance.now(), line });
  });
}

const profiler = new Session();
profiler.connect();
const post = (method: string, params?: object): Promise<unknown> =>
  new Promise((resolve, reject) =>
    profiler.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );

async function reply(message: BenchHostRequest): Promise<BenchHostReply | null> {
  switch (message.kind) {
    case 'cpu':
      return { kind: 'cpu', usage: process.cpuUsage() };
    case 'transaction':
      rawTransactions ??= rawVoteTransactions(Votes, 'bench-host-raw');
      return { kind: 'transaction', ms: await (await rawTransactions).transaction(message.userId) };
    case 'trace': {
      // Answers what was traced so far, and starts afresh.
      const trace = { spans: spans.splice(0), requests: requests.splice(0) };
      tracing = message.on;
      return { kind: 'trace', trace };
    }
    case 'profile':
      if (message.to === null) {
        await post('Profiler.enable');
        await post('Profiler.setSamplingInterval', { interval: 200 });
        await post('Profiler.start');
        return { kind: 'profile' };
      } else {
        const { profile } = (await post('Profiler.stop')) as { profile: unknown };
        await writeFile(message.to, JSON.stringify(profile));
        return { kind: 'profile' };
      }
    case 'stop':
      process.exit(0);
  }
}

instrument();
process.on('message', (message: BenchHostRequest) => {
  void reply(message).then((answer) => answer && process.send?.(answer));
});
process.stdout.write(`listening ${host.url}\n`);
