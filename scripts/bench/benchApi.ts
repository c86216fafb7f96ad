import { Agent, request } from 'node:http';

export interface Answer<T> {
  status: number;
  body: T;
  /** From the moment the request was made to the end of the parsed answer. */
  ms: number;
}

export interface BenchPerson {
  tenantId: string;
  userId: string;
  name: string;
}

/**
 * The API as the tab uses it, over node:http rather than fetch: the bundled undici cannot be configured without the
 * undici package, and a burst of 500 voters needs a pool known to open one connection per voter.
 */
export class BenchApi {
  private readonly agent = new Agent({
    keepAlive: true,
    maxSockets: 512,
    // Idle sockets are dropped before the host's 5 s keep-alive ends, so no request is written to a closing socket.
    timeout: 4_000,
  });

  constructor(private readonly baseUrl: string) {}

  send<T>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown } = {},
  ): Promise<Answer<T>> {
    const payload = options.body === undefined ? '' : JSON.stringify(options.body);
    const headers: Record<string, string> = { 'content-length': String(Buffer.byteLength(payload)) };
    if (payload) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const outgoing = request(this.baseUrl + path, { method, headers, agent: this.agent }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          try {
            const text = Buffer.concat(chunks).toString('utf8');
            const body = (text ? JSON.parse(text) : null) as T;
            resolve({ status: incoming.statusCode ?? 0, body, ms: performance.now() - started });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      });
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  }

  async tokenFor(person: BenchPerson): Promise<string> {
    const answer = await this.send<{ token?: string }>('POST', '/api/dev/token', { body: person });
    if (answer.status !== 200 || !answer.body.token) {
      throw new Error(`dev token refused (${answer.status}): ${JSON.stringify(answer.body)}`);
    }
    return answer.body.token;
  }

  /** Like send, but anything other than the expected status stops the bench: its figures would mean nothing. */
  async expect<T>(
    status: number,
    method: string,
    path: string,
    options: { token?: string; body?: unknown } = {},
  ): Promise<Answer<T>> {
    const answer = await this.send<T>(method, path, options);
    if (answer.status !== status) {
      throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    return answer;
  }

  close(): void {
    this.agent.destroy();
  }
}
