import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
  /** axe's own words for the first few nodes (colours and ratios for contrast). */
  details: string[];
}

/** Runs axe-core in the page as it is now, and answers the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  // Judged as people see it once things stop moving: a toast caught mid-fade reads as grey on grey.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 3_000)),
    ]),
  );
  const violations = await page.evaluate(async () => {
    type Node = { target: string[]; failureSummary?: string };
    type Violation = { id: string; impact: string | null; help: string; nodes: Node[] };
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    // Fluent's focus manager (tabster) keeps aria-hidden <i tabindex=0> sentinels at the edges of dialogs and
    // menus; they only hand focus on and are never read, so axe's aria-hidden-focus finding on them is noise.
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] } as unknown as Document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
      details: violation.nodes.slice(0, 3).map((node) => (node.failureSummary ?? '').slice(0, 300)),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
