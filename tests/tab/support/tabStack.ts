import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { submitIdea, type Caller, type IdeaView } from '@ideabar/core';
import { loadConfig } from '../../../api/src/config.js';
import { DEMO_PEOPLE, DEMO_TENANT_ID } from '../../../api/src/demo/demoPeople.js';
import { startAzurite, type RunningAzurite } from '../../../api/src/host/azurite.js';
import { startLocalHost, type LocalHost } from '../../../api/src/host/localHost.js';

export const TAB_DIST = fileURLToPath(new URL('../../../tab/dist', import.meta.url));
const TAB_ROOT = fileURLToPath(new URL('../../../tab', import.meta.url));

/** The tenant of the people the tab's standalone picker lists (GET /api/dev/people, api/src/demo/demoPeople.ts). */
export { DEMO_TENANT_ID };

/** A caller in the demo tenant: one of its listed people by name, or anyone else given an id. */
export function demoCaller(name: string, userId?: string): Caller {
  const listed = DEMO_PEOPLE.find((person) => person.name === name);
  if (!listed && !userId)
    throw new Error(`${name} is not one of the demo people (api/src/demo/demoPeople.ts)`);
  return { tenantId: DEMO_TENANT_ID, userId: userId ?? listed?.userId ?? '', name };
}

export interface TabStack {
  host: LocalHost;
  url: string;
  close(): Promise<void>;
}

/**
 * The real local stack the tab runs against: Azurite (the given one, or a fresh in-memory one), the local host
 * with the API, and the built tab served from the same origin.
 */
export async function startTabStack(
  options: { connectionString?: string; staticDir?: string } = {},
): Promise<TabStack> {
  let azurite: RunningAzurite | undefined;
  const connectionString = options.connectionString ?? (azurite = await startAzurite()).connectionString;
  const host = await startLocalHost({
    config: loadConfig({
      NODE_ENV: 'test',
      STORAGE_CONNECTION_STRING: connectionString,
      TABLE_PREFIX: `tab${randomBytes(5).toString('hex')}`,
      PORT: '0',
    }),
    staticDir: options.staticDir ?? TAB_DIST,
  });
  await host.services.ready();
  return {
    host,
    url: host.url,
    async close() {
      await host.close();
      await azurite?.stop();
    },
  };
}

/**
 * Builds the tab with Vite's own API, as `npm run build -w tab` does. Browser tests build into a folder of their
 * own, so test files running side by side never serve each other's half-written build.
 */
export async function buildTab(outDir: string = TAB_DIST): Promise<string> {
  const { build } = await import('vite');
  await build({
    root: TAB_ROOT,
    configFile: `${TAB_ROOT}/vite.config.ts`,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`vite build wrote no ${outDir}/index.html`);
  return outDir;
}

export interface SeedIdea {
  title: string;
  description: string;
  category?: string;
  tags?: string[];
}

/** Posts ideas straight through the domain (not HTTP), a few at a time, as the given demo person. */
export async function seedIdeas(
  stack: TabStack,
  author: Caller,
  ideas: readonly SeedIdea[],
  concurrency = 16,
): Promise<IdeaView[]> {
  const made: IdeaView[] = new Array(ideas.length);
  let next = 0;
  const worker = async () => {
    while (next < ideas.length) {
      const index = next++;
      made[index] = await submitIdea(stack.host.services.ideabar, author, ideas[index]);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return made;
}

// tests/support/azuriteGlobalSetup.ts provides this to every test file; the tab's tsconfig learns its type here.
declare module 'vitest' {
  export interface ProvidedContext {
    azuriteConnectionString: string;
  }
}
