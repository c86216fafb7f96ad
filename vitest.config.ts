import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The tab's component tests are .tsx; they use React's automatic JSX runtime, as tab/tsconfig.json says.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    globalSetup: ['tests/support/azuriteGlobalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
