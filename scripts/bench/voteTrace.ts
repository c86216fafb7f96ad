import type { ChildProcess } from 'node:child_process';
import { ask, type HostTrace } from './benchHostProtocol.js';
import type { BenchApi } from './benchApi.js';
import type { MeasuredSpan } from './votes.js';
import { median } from './latency.js';
import { people, submitIdea, tokensFor } from './votes.js';

/** Long enough for a vote's follow-ups (gathered for 50 ms, then written) to finish before the next vote. */
const QUIET_BETWEEN_MS = 150;

export interface VoteTrace {
  samples: number;
  /** Medians, per request: as the client saw it, as the host served it, and an answer with no work at all. */
  clientMs: number;
  hostMs: number;
  emptyHopMs: number;
  /** Median time per request in each traced call (the token check, each repository method), when it was made. */
  calls: { name: string; ms: number; share: number }[];
  /** Median time of each request outside every traced call: routing, zod, the vote's batching, JSON, waits. */
  restMs: number;
  /** Storage calls made while a vote was served, per vote: its own, and any follow-up of an earlier one. */
  storageCallsPerVote: number;
}

/**
 * One vote at a time on a host traced from inside (benchHost.ts), each after the previous one's follow-ups are
 * done, so every call made while a request is served belongs to that request: where a vote's own time goes.
 */
export async function measureVoteTrace(
  api: BenchApi,
  child: ChildProcess,
  tenantId: string,
  samples: number,
): Promise<VoteTrace> {
  const author = await api.tokenFor({ tenantId, userId: 'author', name: 'Author' });
  const ideaId = await submitIdea(api, author, 'Idea the traced voters vote on');
  const tokens = await tokensFor(api, people(tenantId, 'traced', samples + 10));
  const vote = (token: string) => api.expect(200, 'PUT', `/api/ideas/${ideaId}/vote`, { token });
  const pause = () => new Promise((resolve) => setTimeout(resolve, QUIET_BETWEEN_MS));
  for (const token of tokens.slice(samples)) await vote(token);

  // The empty round trips are made as the votes are, each after a pause: a host woken from idle answers slower.
  const emptyHops: number[] = [];
  for (let index = 0; index < samples; index++) {
    await pause();
    emptyHops.push((await api.send('GET', '/api/none')).ms);
  }
  await pause();
  await ask(child, { kind: 'trace', on: true });
  const client: number[] = [];
  for (const token of tokens.slice(0, samples)) {
    client.push((await vote(token)).ms);
    await pause();
  }
  const { trace } = await ask(child, { kind: 'trace', on: false });
  return summarise(trace, client, emptyHops);
}

/**
 * Traces the host (benchHost.ts) over a measured stretch, such as section 1's sequential votes, so what each of its
 * votes spent inside the host is read from the very run its ratios come from.
 */
export function traceMeter(child: ChildProcess): MeasuredSpan & { trace(): HostTrace } {
  let trace: HostTrace | undefined;
  return {
    async started() {
      await ask(child, { kind: 'trace', on: true });
    },
    async ended() {
      trace = (await ask(child, { kind: 'trace', on: false })).trace;
    },
    trace() {
      if (!trace) throw new Error('The traced stretch has not ended.');
      return trace;
    },
  };
}

/** How many times each traced call was made over the whole trace. */
export function callCounts(trace: HostTrace): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { name } of trace.spans) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** Per request served while tracing: medians of the host's time, of each traced call, and of the rest. */
export function summarise(trace: HostTrace, client: number[], emptyHops: number[]): VoteTrace {
  const votes = trace.requests.filter(({ line }) => line.startsWith('PUT ') && line.endsWith('/vote'));
  const perRequest = votes.map(({ start, end }) => {
    const within = trace.spans.filter((span) => span.start >= start && span.end <= end);
    const byName = new Map<string, number>();
    for (const span of within) byName.set(span.name, (byName.get(span.name) ?? 0) + span.end - span.start);
    return { total: end - start, byName };
  });
  const names = [...new Set(perRequest.flatMap(({ byName }) => [...byName.keys()]))];
  const hostMs = median(perRequest.map(({ total }) => total));
  const calls = names
    .map((name) => {
      const times = perRequest.map(({ byName }) => byName.get(name) ?? 0);
      const made = times.filter((time) => time > 0).length;
      return { name, ms: median(times), share: made / perRequest.length };
    })
    .sort((a, b) => b.ms - a.ms);
  const rest = median(
    perRequest.map(({ total, byName }) => total - [...byName.values()].reduce((sum, time) => sum + time, 0)),
  );
  const storageCalls = trace.spans.filter(
    (span) =>
      span.name !== 'token check' && votes.some(({ start, end }) => span.start >= start && span.end <= end),
  ).length;
  return {
    storageCallsPerVote: storageCalls / perRequest.length,
    samples: perRequest.length,
    clientMs: median(client),
    hostMs,
    emptyHopMs: median(emptyHops),
    calls,
    restMs: rest,
  };
}
