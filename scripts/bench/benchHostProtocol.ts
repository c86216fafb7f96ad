import type { ChildProcess } from 'node:child_process';

/** One awaited call the host made while tracing, in its own performance.now() time. */
export interface TraceSpan {
  /** `token check`, or `repository.method` (`votes.commitVotes`). */
  name: string;
  start: number;
  end: number;
}

export interface HostTrace {
  spans: TraceSpan[];
  /** Each HTTP request the host served while tracing: from its headers read to its answer's last byte. */
  requests: { start: number; end: number; /** `PUT /api/ideas/…/vote` */ line: string }[];
}

/** What the bench asks of a host started from benchHost.ts, over the IPC channel. */
export type BenchHostRequest =
  | { kind: 'cpu' }
  | { kind: 'trace'; on: boolean }
  /**
   * One raw transaction like a vote's (a vote row for `userId`, the scratch tally If-Match), sent from inside the host
   * through a storage client made as the host makes its own: the floor measured where the vote's own is.
   */
  | { kind: 'transaction'; userId: string }
  /** Starts the CPU profiler (`to` null), or stops it and writes its profile (a .cpuprofile) to the file `to`. */
  | { kind: 'profile'; to: string | null }
  | { kind: 'stop' };

export type BenchHostReply =
  | { kind: 'cpu'; usage: NodeJS.CpuUsage }
  | { kind: 'trace'; trace: HostTrace }
  | { kind: 'transaction'; ms: number }
  | { kind: 'profile' };

/** Asks the host one thing and waits for its reply (the host answers each request in turn). */
export function ask<K extends BenchHostReply['kind']>(
  child: ChildProcess,
  request: BenchHostRequest & { kind: K },
): Promise<Extract<BenchHostReply, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: BenchHostReply) => {
      if (reply.kind !== request.kind) return;
      child.off('message', onMessage);
      resolve(reply as Extract<BenchHostReply, { kind: K }>);
    };
    child.on('message', onMessage);
    child.send(request, (error) => {
      if (error) {
        child.off('message', onMessage);
        reject(error);
      }
    });
  });
}
