import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import { AZURITE_CONNECTION_STRING } from '../config.js';

export interface AzuriteOptions {
  /** Folder that keeps the data across restarts; in memory only when absent. */
  location?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningAzurite {
  port: number;
  /** Its process, for a bench that reads the CPU time Azurite spends. */
  pid: number | undefined;
  connectionString: string;
  stop(): Promise<void>;
}

/**
 * Starts the Azurite Table service that npm installed with the project (no global install, no download), and
 * resolves once it accepts connections.
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  const port = options.port || (await freePort());
  const require = createRequire(import.meta.url);
  const entry = require.resolve('azurite/dist/src/table/main.js');
  const args = [
    entry,
    '--tableHost',
    '127.0.0.1',
    '--tablePort',
    String(port),
    '--silent',
    '--disableTelemetry',
  ];
  if (options.location) {
    mkdirSync(options.location, { recursive: true });
    args.push('--location', options.location);
  } else {
    args.push('--inMemoryPersistence');
  }
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // Azurite lives and dies with the process that started it, however that process ends.
  const orphanGuard = () => child.kill();
  process.once('exit', orphanGuard);
  child.once('exit', () => process.off('exit', orphanGuard));
  await waitUntilListening(child, port);
  return {
    port,
    pid: child.pid,
    connectionString: AZURITE_CONNECTION_STRING.replace(':10002/', `:${port}/`),
    stop: () => stop(child),
  };
}

function waitUntilListening(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`Azurite did not start within 30 s:\n${output}`)), 30_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Azurite prints "starting on HOST:PORT" before it binds, and a bind failure quotes the port too: only the
      // line it prints once listening counts.
      if (output.includes(`successfully started on 127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`Azurite exited with code ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Whether an Azurite Table service already answers on the port: something that accepts connections but is not
 * Azurite (another program on the same port) is not taken for one.
 */
export async function azuriteListening(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/devstoreaccount1/Tables`, {
      signal: AbortSignal.timeout(2_000),
    });
    await response.body?.cancel();
    return (response.headers.get('server') ?? '').startsWith('Azurite-Table');
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
