import type { TestProject } from 'vitest/node';
import { startAzurite } from '../../api/src/host/azurite.js';

declare module 'vitest' {
  export interface ProvidedContext {
    azuriteConnectionString: string;
  }
}

/** One real Azurite Table service (from npm, in memory) for the whole run; each test file uses its own tables. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const azurite = await startAzurite();
  project.provide('azuriteConnectionString', azurite.connectionString);
  return () => azurite.stop();
}
