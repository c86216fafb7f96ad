import type { Browser, Page } from 'playwright-core';

export interface TabPage {
  page: Page;
  /** Console errors and uncaught exceptions the page produced; a clean run has none. */
  errors: string[];
  close(): Promise<void>;
}

/** A page in a fresh browser context (its own sessionStorage, so its own sign-in). */
export async function openTabPage(
  browser: Browser,
  options: { width?: number; height?: number } = {},
): Promise<TabPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1200, height: options.height ?? 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    // Fluent's motion honours this: drawers and dialogs appear at once, so checks never see a half-faded frame.
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  // Well inside the test's own timeout, so a failure names the locator it was waiting for.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors, close: () => context.close() };
}

/** Standalone sign-in, as a person does it: pick a demo colleague. */
export async function signInAs(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  // The picker speaks the page's language ("Sign in as …", "تسجيل الدخول باسم …"): find the person by their name.
  await page.getByRole('button', { name: new RegExp(`\\b${name}\\b`) }).click();
}
