import { spawn, type ChildProcess } from 'node:child_process';

export interface HostProcess {
  child: ChildProcess;
  url: string;
}

export interface SpawnOptions {
  /**
   * `bench`: scripts/bench/benchHost.ts, the same host answering the bench over IPC (its CPU time, a trace of its
   * calls; see benchHostProtocol.ts). `plain` (default): api/src/host/hostProcess.ts, as `npm start` runs it.
   */
  entry?: 'plain' | 'bench';
  /** Node options before the entry, such as `--cpu-prof`. */
  nodeOptions?: string[];
}

const ENTRIES = { plain: 'api/src/host/hostProcess.ts', bench: 'scripts/bench/benchHost.ts' };

/**
 * Starts the local host as a process of its own, configured by `env` as `npm start` is, so a test or a bench can
 * kill it as an operating system would (SIGKILL) and start another on the same storage.
 */
export async function spawnHost(
  env: Record<string, string>,
  options: SpawnOptions = {},
): Promise<HostProcess> {
  const entry = options.entry ?? 'plain';
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), '--import', 'tsx', ENTRIES[entry]], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit', ...(entry === 'bench' ? (['ipc'] as const) : [])],
  });
  let output = '';
  child.stdout?.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: string) => {
      output += chunk;
      const match = /listening (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`The host exited (${code}) before listening: ${output}`)));
  });
  return { child, url };
}

/** One JSON request to a host process, as the tab makes it: with the person's bearer token when one is given. */
export async function callHost<T>(
  host: HostProcess,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(host.url + path, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** A dev-mode sign-in token for a person of the tenant, from the host's own dev route. */
export async function hostTokenFor(host: HostProcess, tenantId: string, userId: string): Promise<string> {
  const answer = await callHost<{ token: string }>(host, 'POST', '/api/dev/token', undefined, {
    tenantId,
    userId,
    name: userId,
  });
  return answer.body.token;
}
