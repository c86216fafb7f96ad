import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Test artifacts (git-ignored): what each browser test saw, to look at when one fails or the design changes. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-results/tab/', import.meta.url));

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: false });
  return path;
}
