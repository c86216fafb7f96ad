/**
 * `npm run check`: the type checks, lint and format check that `npm test` runs before the tests, side by side
 * instead of one after another. None of them writes anything, so they cannot disturb each other; on two cores the
 * four together take about half as long as in a row. Each one's output is printed whole once it ends (never
 * interleaved), and the run fails, naming every check that failed, if any did.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

interface Check {
  name: string;
  /** The package and its command (package.json `bin`), run with this Node. */
  pkg: string;
  command: string;
  args: string[];
}

/** The same commands as the `typecheck`, `lint` and `format:check` scripts in package.json. */
const CHECKS: Check[] = [
  {
    name: 'typecheck (api, bot, core, tests)',
    pkg: 'typescript',
    command: 'tsc',
    args: ['-p', 'tsconfig.json'],
  },
  { name: 'typecheck (tab)', pkg: 'typescript', command: 'tsc', args: ['-p', 'tab/tsconfig.json'] },
  { name: 'lint', pkg: 'eslint', command: 'eslint', args: ['--max-warnings', '0', '.'] },
  { name: 'format', pkg: 'prettier', command: 'prettier', args: ['--check', '.'] },
];

interface Outcome {
  name: string;
  code: number | null;
  output: string;
  seconds: number;
}

/** Where a package's command lives, as its package.json `bin` says. */
function binOf(pkg: string, command: string): string {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> };
  const entry = typeof bin === 'string' ? bin : bin[command];
  if (!entry) throw new Error(`${pkg} has no command ${command}`);
  return join(dirname(manifest), entry);
}

function run(check: Check): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binOf(check.pkg, check.command), ...check.args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const done = (code: number | null, extra = '') =>
      resolve({
        name: check.name,
        code,
        output: output + extra,
        seconds: (performance.now() - started) / 1000,
      });
    child.once('error', (error) => done(1, `${error.message}\n`));
    child.once('close', (code) => done(code));
  });
}

const outcomes = await Promise.all(
  CHECKS.map(async (check) => {
    const outcome = await run(check);
    const verdict = outcome.code === 0 ? 'passed' : `FAILED (exit ${outcome.code})`;
    console.log(`── ${outcome.name}: ${verdict} in ${outcome.seconds.toFixed(1)} s`);
    if (outcome.output.trim()) console.log(outcome.output.trimEnd());
    return outcome;
  }),
);

const failed = outcomes.filter((outcome) => outcome.code !== 0);
if (failed.length > 0) {
  console.error(
    `\n${failed.length} of ${CHECKS.length} checks failed: ${failed.map((f) => f.name).join(', ')}`,
  );
  process.exit(1);
}
