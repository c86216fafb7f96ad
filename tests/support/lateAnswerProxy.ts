import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP proxy in front of Azurite that passes every request on and every answer back, except that it can lose the
 * answer to the next request a rule picks: Azurite carries that request out, and the client hears nothing, as from
 * a storage service whose answer came too late. The client's own per-try timeout ends the wait.
 */
export interface LateAnswerProxy {
  connectionString: string;
  /** The next request `picks` chooses is carried out and its answer never sent. */
  loseNextAnswer(picks: (method: string, path: string) => boolean): void;
  /** How many answers were lost so far. */
  readonly lost: number;
  close(): Promise<void>;
}

export async function lateAnswerProxy(connectionString: string): Promise<LateAnswerProxy> {
  const upstreamPort = Number(/127\.0\.0\.1:(\d+)/.exec(connectionString)?.[1]);
  let rule: ((method: string, path: string) => boolean) | null = null;
  let lost = 0;
  const server = createServer((incoming, outgoing) => {
    const method = incoming.method ?? 'GET';
    const path = incoming.url ?? '/';
    const lose = rule !== null && rule(method, path);
    if (lose) rule = null;
    const upstream = request(
      { host: '127.0.0.1', port: upstreamPort, method, path, headers: incoming.headers },
      (answer: IncomingMessage) => {
        if (lose) {
          // Storage has done the work; the answer is read and dropped, and the client is left waiting.
          answer.resume();
          answer.on('end', () => (lost += 1));
          return;
        }
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    connectionString: connectionString.replace(`127.0.0.1:${upstreamPort}`, `127.0.0.1:${port}`),
    loseNextAnswer(picks) {
      rule = picks;
    },
    get lost() {
      return lost;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
