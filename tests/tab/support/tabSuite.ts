import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium, type LaunchedChromium } from '../../support/chromium';
import { seriousA11yViolations } from './axe';
import { openTabPage, type TabPage } from './browserPage';
import { builtTab, startTabStack, type TabStack } from './tabStack';

export interface TabSuite {
  /** The stack and the browser, once beforeAll has run. */
  readonly stack: TabStack;
  readonly chromium: LaunchedChromium;
  /** A page in a fresh browser context (its own sign-in), closed after the file's tests. */
  tab(viewport?: { width?: number; height?: number }): Promise<TabPage>;
}

/**
 * What every browser test file of the tab sets up: the tab built from its sources (once per run, see builtTab), the
 * real stack on the run's Azurite in tables of its own, and headless Chromium; `seed` fills the stack before the
 * tests. Everything is closed after the file's tests.
 */
export function tabSuite(options: { seed?(stack: TabStack): Promise<void> } = {}): TabSuite {
  let stack: TabStack | undefined;
  let chromium: LaunchedChromium | undefined;
  const open: TabPage[] = [];

  beforeAll(async () => {
    const staticDir = await builtTab();
    [stack, chromium] = await Promise.all([
      startTabStack({ connectionString: inject('azuriteConnectionString'), staticDir }),
      launchChromium(),
    ]);
    await options.seed?.(stack);
  }, 240_000);

  afterAll(async () => {
    await Promise.all(open.map((tab) => tab.close()));
    await chromium?.close();
    await stack?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the tab suite is used before its beforeAll ran');
    return value;
  };
  return {
    get stack() {
      return started(stack);
    },
    get chromium() {
      return started(chromium);
    },
    async tab(viewport) {
      const opened = await openTabPage(started(chromium).browser, viewport);
      open.push(opened);
      return opened;
    },
  };
}

/** No serious or critical axe finding on the page as it is now; `state` names it in the failure. */
export async function expectAccessible(t: TabPage, state: string): Promise<void> {
  expect(await seriousA11yViolations(t.page), state).toEqual([]);
}
