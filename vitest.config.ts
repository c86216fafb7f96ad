import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The tab's component tests are .tsx; they use React's automatic JSX runtime, as tab/tsconfig.json says.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    globalSetup: ['tests/support/azuriteGlobalSetup.ts'],
    // Vitest's default is one worker fewer than the cores: on a two-core machine that is a single worker, and the
    // whole suite ran one file at a time. Our files spend much of their time waiting on other processes (Azurite,
    // Chromium, the Playground, hosts they spawn), so one worker per core keeps both cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
