import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import {
  conversationKeys,
  createIdeaBar,
  indexWaitingIdea,
  untriaged,
  type Caller,
  type Clock,
  type IdeaRecord,
  type NotificationRepositories,
  type Repositories,
} from '@ideabar/core';
import { memoryNotifications, memoryRepositories } from '@ideabar/core/testing';
import { signDevToken } from '../../api/src/auth/tokens.js';
import { loadConfig } from '../../api/src/config.js';
import { startLocalHost } from '../../api/src/host/localHost.js';
import { serializeReference } from '../../bot/src/outbox/storedReference.js';
import { createBotRuntime } from '../../bot/src/hosting/botRuntime.js';
import { responseNudgeReminder } from '../../bot/src/reminders/responseNudgeReminder.js';
import type { BenchApi, BenchPerson } from './benchApi.js';

/*
 * The figures of decisions that cannot cross, deadlines on storage and timers that scale with what is due
 * (issue #12, items 2–4).
 */

const TENANT = 'bench-due';
const AUTHOR: Caller = { tenantId: TENANT, userId: 'author', name: 'Author' };

/** Counts every call made through the repositories' interfaces: what a storage implementation is asked to do. */
function counted<T extends object>(repositories: T, calls: { count: number }): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, repository] of Object.entries(repositories)) {
    wrapped[name] = new Proxy(repository as object, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.count += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }
  return wrapped as T;
}

class SetClock implements Clock {
  constructor(public at: Date) {}
  now(): Date {
    return new Date(this.at);
  }
}

export interface NudgeTimerRun {
  ideas: number;
  due: number;
  /** Storage calls of one timer run, through the repository interfaces. */
  calls: number;
  nudges: number;
  setupMs: number;
}

/**
 * One response-nudge timer run over a tenant with `ideas` ideas waiting for a first answer, `due` of which waited
 * three weeks (due their "after" nudge) while the others were submitted an hour before the run. Each idea is written
 * as submitIdea writes it (its index entry, then the idea); storage is the in-memory twin, whose every call is
 * counted at the repository interface (100,000 ideas through Azurite would take minutes to write). The count is what
 * Table Storage would be asked: the twin's listDue filters in memory, where Table Storage reads one key range.
 */
export async function measureNudgeTimer(ideas: number, due: number): Promise<NudgeTimerRun> {
  const started = performance.now();
  const calls = { count: 0 };
  const clock = new SetClock(new Date('2026-11-02T09:00:00Z'));
  const repos: Repositories = counted(memoryRepositories(), calls);
  const store: NotificationRepositories = counted(memoryNotifications(), calls);
  const ideabar = createIdeaBar({ repos, clock, faults: { report: (error) => console.error(error) } });
  const runtime = createBotRuntime({
    ideabar,
    store,
    settings: {
      appId: '',
      teamsAppId: null,
      teamsPublishedAppId: null,
      tabUrl: 'http://localhost/',
      tenantRatePerSecond: 50,
      cardUpdateIntervalMs: 5_000,
    },
    credentials: { kind: 'none' },
    connector: {
      send: () => Promise.reject(new Error('the bench composes nudges, it sends none')),
      update: () => Promise.reject(new Error('the bench composes nudges, it sends none')),
    },
    schedules: { digest: '0 0 9 * * *' },
    faults: (error) => console.error(error),
  });
  const channel = '19:bench-due@thread.tacv2';
  await store.conversations.save({
    tenantId: TENANT,
    key: conversationKeys.board('default'),
    kind: 'board',
    conversationId: channel,
    userId: null,
    boardId: 'default',
    reference: serializeReference({
      serviceUrl: 'http://127.0.0.1:9/',
      conversationId: channel,
      tenantId: TENANT,
      channelId: 'msteams',
      botId: '28:bot',
    }),
    name: null,
    updatedAt: clock.now(),
  });
  // What submitIdea writes for an idea and its nudge (its history row left out: the twin's history is a plain list).
  const submit = async (n: number) => {
    const now = clock.now();
    const idea: IdeaRecord = {
      tenantId: TENANT,
      id: ideabar.ids.next(now),
      boardId: 'default',
      title: `Idea number ${n}`,
      description: 'Why it helps.',
      category: null,
      tags: [],
      status: 'new',
      author: { id: AUTHOR.userId, name: AUTHOR.name },
      createdAt: now,
      updatedAt: now,
      votes: 0,
      commentCount: 0,
      heat: 0,
      heatAt: now,
      triage: untriaged(),
      cycleId: null,
      lastChange: null,
    };
    await indexWaitingIdea(ideabar, idea);
    await repos.ideas.create(idea);
  };
  for (let n = 0; n < due; n++) await submit(n);
  clock.at = new Date('2026-11-23T08:00:00Z');
  for (let start = due; start < ideas; start += 500) {
    await Promise.all(Array.from({ length: Math.min(500, ideas - start) }, (_, k) => submit(start + k)));
  }
  clock.at = new Date('2026-11-23T09:00:00Z');
  const setupMs = performance.now() - started;

  calls.count = 0;
  let nudges = 0;
  for await (const message of responseNudgeReminder().messages(runtime.services, clock.now())) {
    if (message.occurrence.endsWith(':after')) nudges += 1;
  }
  return { ideas, due, calls: calls.count, nudges, setupMs };
}

export interface CrossingOutcomes {
  /** Status pairs of each round of two crossing merges, sorted: "200 409" when exact. */
  merges: Map<string, number>;
  /** Status lists of each round of 8 overlapping cycles opened at once, sorted. */
  cycles: Map<string, number>;
  rounds: number;
}

const tally = (outcomes: Map<string, number>, statuses: number[]) => {
  const key = statuses.sort((a, b) => a - b).join(' ');
  outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
};

/** Rounds of two IT members merging X into Y and Y into X at once, and of 8 overlapping cycles opened at once. */
export async function measureCrossingDecisions(api: BenchApi, rounds: number): Promise<CrossingOutcomes> {
  const it = (userId: string): BenchPerson & { roles: string[] } => ({
    tenantId: 'bench-decisions',
    userId,
    name: userId,
    roles: ['it'],
  });
  const [grace, alan] = await Promise.all([api.tokenFor(it('grace')), api.tokenFor(it('alan'))]);
  const merges = new Map<string, number>();
  const cycles = new Map<string, number>();
  const day = 86_400_000;
  const base = Date.now();
  for (let round = 0; round < rounds; round++) {
    const idea = async (title: string) =>
      (
        await api.expect<{ id: string }>(201, 'POST', '/api/ideas', {
          token: grace,
          body: { title, description: 'The same idea twice.' },
        })
      ).body.id;
    const [x, y] = await Promise.all([idea(`Round ${round}: X`), idea(`Round ${round}: Y`)]);
    const crossing = await Promise.all([
      api.send('POST', `/api/ideas/${x}/merge`, { token: grace, body: { into: y, response: 'Same.' } }),
      api.send('POST', `/api/ideas/${y}/merge`, { token: alan, body: { into: x, response: 'Same.' } }),
    ]);
    tally(
      merges,
      crossing.map((answer) => answer.status),
    );
    const at = (days: number) => new Date(base + (round * 100 + days) * day).toISOString();
    const opened = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        api.send('POST', '/api/cycles', {
          token: n % 2 ? grace : alan,
          body: {
            name: `Round ${round} cycle ${n}`,
            submissionOpensAt: at(n),
            submissionClosesAt: at(n + 14),
            votingClosesAt: at(n + 21),
          },
        }),
      ),
    );
    tally(
      cycles,
      opened.map((answer) => answer.status),
    );
  }
  return { merges, cycles, rounds };
}

export interface HungStorageAnswer {
  budgetMs: number;
  requestStatus: number;
  requestMs: number;
  retryAfter: string | null;
  healthStatus: number;
  healthMs: number;
}

/**
 * A local host whose storage accepts connections and never answers (a TCP server on 127.0.0.1 that reads and stays
 * silent), with the default deadlines: how long a request and the health route take to answer, and what.
 */
export async function measureHungStorage(): Promise<HungStorageAnswer> {
  const sockets = new Set<Socket>();
  const silent = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.resume();
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as AddressInfo;
  const config = loadConfig({
    STORAGE_CONNECTION_STRING:
      'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
      'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
      `TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
    TABLE_PREFIX: 'benchHung',
    PORT: '0',
    NODE_ENV: 'test',
    AUTH_MODE: 'dev',
    DEV_AUTH_SECRET: 'bench-only-signing-key-for-a-hung-storage-host',
  });
  const host = await startLocalHost({ config });
  try {
    const token = await signDevToken(config.auth, { tenantId: TENANT, userId: 'reader', name: 'Reader' });
    const timed = async (path: string) => {
      const started = performance.now();
      const response = await fetch(host.url + path, { headers: { authorization: `Bearer ${token}` } });
      await response.text();
      return { response, ms: performance.now() - started };
    };
    const request = await timed('/api/ideas');
    const health = await timed('/api/health');
    return {
      budgetMs: config.storage.deadlines.budgetMs,
      requestStatus: request.response.status,
      requestMs: request.ms,
      retryAfter: request.response.headers.get('retry-after'),
      healthStatus: health.response.status,
      healthMs: health.ms,
    };
  } finally {
    await host.close();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  }
}
