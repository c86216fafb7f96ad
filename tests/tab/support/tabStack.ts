import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { followRecorded, submitIdea, type Caller, type IdeaView } from '@ideabar/core';
import { loadConfig } from '../../../api/src/config.js';
import { DEMO_PEOPLE, DEMO_TENANT_ID } from '../../../api/src/demo/demoPeople.js';
import { startAzurite, type RunningAzurite } from '../../../api/src/host/azurite.js';
import { startLocalHost, type LocalHost } from '../../../api/src/host/localHost.js';

export const TAB_DIST = fileURLToPath(new URL('../../../tab/dist', import.meta.url));
const TAB_ROOT = fileURLToPath(new URL('../../../tab', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BUILD_CACHE = join(REPO_ROOT, 'node_modules/.cache/ideabar-tab-e2e');

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
      AUTH_MODE: 'dev',
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
 * Builds the tab with Vite's own API, as `npm run build -w tab` does, into `outDir` (tab/dist unless told).
 * Browser tests share one build per source state: see builtTab.
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
  // The host follows a change's event after answering it; these went round the HTTP answer, so follow them here,
  // before anything is measured or asserted, rather than leave them all to the first answer the page gets.
  await followRecorded(stack.host.services.ideabar);
  return made;
}

// tests/support/azuriteGlobalSetup.ts provides this to every test file; the tab's tsconfig learns its type here.
declare module 'vitest' {
  export interface ProvidedContext {
    azuriteConnectionString: string;
  }
}

/** What the tab is built from: its own files (not its output), the domain it imports, and the locked packages. */
function tabSourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(relative(REPO_ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(TAB_ROOT);
  walk(join(REPO_ROOT, 'core/src'));
  hash.update(readFileSync(join(REPO_ROOT, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The tab built from its current sources, built once and shared by every browser test file (and later runs while
 * nothing changed), in node_modules/.cache. Test files run in parallel workers: the first to arrive builds, under a
 * lock file, into a folder of its own that it then renames into place, so no one ever serves a half-written build;
 * the others wait for it.
 */
export async function builtTab(): Promise<string> {
  const dir = join(BUILD_CACHE, tabSourceHash());
  const lock = `${dir}.lock`;
  mkdirSync(BUILD_CACHE, { recursive: true });
  const deadline = Date.now() + 240_000;
  while (!existsSync(join(dir, 'index.html'))) {
    let owner: number | undefined;
    try {
      owner = openSync(lock, 'wx');
    } catch {
      // Someone else is building. A lock older than any build is left from a crashed run: take it over.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 180_000) rmSync(lock, { force: true });
      if (Date.now() > deadline) throw new Error(`gave up waiting for the tab build that holds ${lock}`);
      await sleep(250);
      continue;
    }
    try {
      const staging = `${dir}.${process.pid}`;
      await buildTab(staging);
      rmSync(dir, { recursive: true, force: true });
      renameSync(staging, dir);
    } finally {
      closeSync(owner);
      rmSync(lock, { force: true });
    }
  }
  pruneBuilds(dir);
  return dir;
}

/** Keeps the cache to the newest few builds. */
function pruneBuilds(keep: string): void {
  const builds = readdirSync(BUILD_CACHE, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[0-9a-f]{16}$/.test(entry.name))
    .map((entry) => join(BUILD_CACHE, entry.name))
    .filter((path) => path !== keep)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const old of builds.slice(2)) rmSync(old, { recursive: true, force: true });
}
