import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Test artifacts (git-ignored): what each browser test saw, to look at when one fails or the design changes. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-results/tab/', import.meta.url));

/**
 * The README's pictures (committed). The browser tests take them, but write them here only when asked with
 * `UPDATE_SCREENSHOTS=1`: every run changes their bytes (ages, dates, anti-aliasing), so an ordinary `npm test`
 * leaves the git tree as it found it.
 */
export const DOCS_IMAGE_DIR = fileURLToPath(new URL('../../../docs/images/', import.meta.url));

export async function saveScreenshot(
  page: Page,
  name: string,
  options: { docsName?: string } = {},
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: false });
  if (options.docsName && process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(DOCS_IMAGE_DIR, { recursive: true });
    copyFileSync(path, `${DOCS_IMAGE_DIR}${options.docsName}.png`);
  }
  return path;
}
