import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The tab's component tests are .tsx; they use React's automatic JSX runtime, as tab/tsconfig.json says.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    globalSetup: ['tests/support/azuriteGlobalSetup.ts'],
    // Vitest's default is one worker fewer than the cores: on a two-core machine that is a single worker, and the
    // whole suite ran one file at a time. Our files spend much of their time waiting on other processes (Azurite,
    // Chromium, the Playground, hosts they spawn), so one worker per core keeps both cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          // The API, bot, core and packaging tests keep no state in modules across files (each builds its own host,
          // tables and clocks), so a worker imports the app once rather than once per file: on two cores these 120
          // files took 291 s isolated and 166–172 s not, the same in a shuffled order (`--sequence.shuffle.files`).
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/tab/**'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // The tab's tests render into one DOM and mock modules per file: each file keeps its own.
          name: 'tab',
          include: ['tests/tab/**/*.test.ts', 'tests/tab/**/*.test.tsx'],
        },
      },
    ],
  },
});
