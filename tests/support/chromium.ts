import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that keep Chromium off this machine's closed network and quick to start (see PLATFORM.md and docs/tab.md). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const LAUNCH_ATTEMPTS = 3;

export interface LaunchedChromium {
  browser: Browser;
  /** Which binary ran: the npm one (@sparticuz/chromium) or Debian's. */
  source: string;
  close(): Promise<void>;
}

/**
 * Headless Chromium from npm (@sparticuz/chromium unpacks a bundled binary), so `npm install && npm test` needs no
 * download; Debian's chromium where that fails. No browser is an error, never a silent skip.
 */
export async function launchChromium(): Promise<LaunchedChromium> {
  const problems: string[] = [];
  // Each candidate: its name, how many tries, and where its binary is.
  const candidates: [string, number, () => Promise<string>][] = [
    [
      '@sparticuz/chromium',
      LAUNCH_ATTEMPTS,
      async () => {
        const { default: sparticuz } = await import('@sparticuz/chromium');
        return sparticuz.executablePath();
      },
    ],
    [
      'Debian chromium',
      1,
      async () => {
        if (!existsSync(DEBIAN_CHROMIUM)) throw new Error(`${DEBIAN_CHROMIUM} is not installed`);
        return DEBIAN_CHROMIUM;
      },
    ],
  ];
  for (const [source, attempts, locate] of candidates) {
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      try {
        const executablePath = await locate();
        const browser = await chromium.launch({
          executablePath,
          // launch() gives every browser a fresh temporary profile (--user-data-dir) and removes it on close.
          args: CHROMIUM_FLAGS,
          timeout: 60_000,
        });
        return {
          browser,
          source,
          close: () => browser.close(),
        };
      } catch (error) {
        problems.push(`${source}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        // Test files start side by side: one may find the binary another is still unpacking into /tmp/chromium.
        if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
      }
    }
  }
  throw new Error(
    `No headless Chromium could be started for the tab's browser tests:\n  ${problems.join('\n  ')}\n` +
      'Run `npm install` (it brings @sparticuz/chromium), or install Debian’s chromium package.',
  );
}
