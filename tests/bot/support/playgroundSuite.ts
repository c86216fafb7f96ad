import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { seedDemo } from '../../../api/src/demo/seedDemo.js';
import {
  PLAYGROUND_PERSON,
  startPlayground,
  type RunningPlayground,
} from '../../../api/src/host/playground.js';
import type { Caller } from '../../../core/src/index.js';
import { launchChromium, type LaunchedChromium } from '../../support/chromium.js';
import { startTestApi, type TestApi } from '../../support/testHost.js';

export interface PlaygroundSuite {
  /** The local host on the run's Azurite, in tables of its own. */
  readonly api: TestApi;
  /** Microsoft 365 Agents Playground (npm, offline), pointed at the host's /api/messages. */
  readonly playground: RunningPlayground;
  /** A headless Chromium page to drive the Playground with. */
  readonly page: Page;
}

/** The person the Playground chats as (the demo tenant's Megan Bowen), as the use cases know a caller. */
export const PLAYGROUND_CALLER: Caller = {
  tenantId: PLAYGROUND_PERSON.tenantId,
  userId: PLAYGROUND_PERSON.userId,
  name: PLAYGROUND_PERSON.name,
};

export interface PlaygroundSuiteOptions {
  /** Fill the demo tenant first, as `npm start` does, so the Playground's demo person meets the demo board. */
  demo?: boolean;
}

/**
 * What every Playground test file sets up: the local host, the Playground as a Teams client for its bot (as the
 * demo person of the demo tenant, as under `npm start`), and a Chromium page; all closed after the file's tests.
 */
export function playgroundSuite(options: PlaygroundSuiteOptions = {}): PlaygroundSuite {
  let api: TestApi | undefined;
  let playground: RunningPlayground | undefined;
  let chromium: LaunchedChromium | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    api = await startTestApi();
    if (options.demo) {
      await api.host.services.ready();
      await seedDemo(api.host.services.ideabar.repos);
    }
    playground = await startPlayground(`${api.url}/api/messages`, { env: process.env });
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1300, height: 1000 } });
  }, 180_000);

  afterAll(async () => {
    await chromium?.close();
    await playground?.stop();
    await api?.host.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the Playground suite is used before its beforeAll ran');
    return value;
  };
  return {
    get api() {
      return started(api);
    },
    get playground() {
      return started(playground);
    },
    get page() {
      return started(page);
    },
  };
}
