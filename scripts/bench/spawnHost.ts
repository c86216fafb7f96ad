import { spawn, type ChildProcess } from 'node:child_process';

export interface HostProcess {
  child: ChildProcess;
  url: string;
}

/**
 * Starts the local host as a process of its own (hostProcess.ts), configured by `env` as `npm start` is, so a test
 * or a bench can kill it as an operating system would (SIGKILL) and start another on the same storage.
 */
export async function spawnHost(env: Record<string, string>): Promise<HostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/host/hostProcess.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
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
