import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningPlayground {
  url: string;
  stop(): Promise<void>;
}

export interface PlaygroundOptions {
  /** 0 picks a free port; the Playground's own default is 56150. */
  port?: number;
  /** The child's environment; the caller's, since the host reads none itself. */
  env: Record<string, string | undefined>;
}

/**
 * Microsoft 365 Agents Playground from npm (`@microsoft/m365agentsplayground`), offline, as a Teams client for the
 * bot at `botEndpoint`: for `npm start` and the bot's end-to-end test. It runs in a temporary folder (it writes its
 * log there) and never opens a browser itself; whoever starts it prints or opens its URL.
 */
export async function startPlayground(
  botEndpoint: string,
  options: PlaygroundOptions,
): Promise<RunningPlayground> {
  const require = createRequire(import.meta.url);
  let cli: string;
  try {
    cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    throw new Error('@microsoft/m365agentsplayground is not installed: run npm install.');
  }
  const folder = mkdtempSync(join(tmpdir(), 'ideabar-playground-'));
  const child = spawn(
    process.execPath,
    [
      cli,
      'start',
      '--app-endpoint',
      botEndpoint,
      '--channel-id',
      'msteams',
      '--port',
      String(options.port ?? 0),
      '--disable-telemetry',
    ],
    {
      cwd: folder,
      env: { ...options.env, TEAMSAPPTESTER_BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The Playground did not start in 30 s:\n${output}`)),
      30_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The Playground exited (${code}) before it listened:\n${output}`));
    });
  });
  return {
    url: `http://localhost:${port}/`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
