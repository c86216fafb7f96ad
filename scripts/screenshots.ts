import { spawnSync } from 'node:child_process';

/**
 * `npm run screenshots`: runs the browser tests that take the README's pictures, asking them to write into
 * docs/images (see tests/tab/support/screenshots.ts). An ordinary `npm test` takes the same pictures but keeps them
 * in test-results, so it leaves the git tree as it found it.
 */
const TAKE_PICTURES = [
  'tests/tab/e2e/insights.chromium.test.ts',
  'tests/tab/e2e/loops.chromium.test.ts',
  'tests/tab/e2e/boardLanguages.chromium.test.ts',
  'tests/bot/e2e/demo.playground.test.ts',
];

const run = spawnSync('npx', ['vitest', 'run', ...TAKE_PICTURES], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, UPDATE_SCREENSHOTS: '1' },
});
process.exit(run.status ?? 1);
