import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

/**
 * Code spans and link targets that look like repository paths: `core/`, `api/src/routes.ts`, (docs/api.md). Package
 * names (`@ideabar/core`) and routes (`/api/...`) are not paths.
 */
function pathsIn(markdown: string): string[] {
  const spans = [...markdown.matchAll(/`([^`\s]+)`/g)].map((match) => match[1] as string);
  const links = [...markdown.matchAll(/\]\(([^)\s#]+)\)/g)].map((match) => match[1] as string);
  return [...new Set([...spans, ...links])].filter(
    (candidate) =>
      /^\.?[\w-][\w./@-]*$/.test(candidate) &&
      candidate.includes('/') &&
      !/^(https?:|api:|\/api)/.test(candidate) &&
      !candidate.startsWith('/'),
  );
}

/** Made by running things (npm start, the builds, the tests), so absent from a fresh clone by design. */
const GENERATED = ['.data/', 'api/dist/', 'tab/dist/', 'appPackage/build/', 'test-results/'];

describe('README', () => {
  it('names only paths that exist', () => {
    const paths = pathsIn(readme).filter(
      (path) => !GENERATED.some((generated) => `${path}/`.startsWith(generated)),
    );
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((path) => !existsSync(new URL(path, root)))).toEqual([]);
  });

  it('keeps the quick start to the two command lines', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm install && npm test');
  });

  it('names every top-level folder of the project in its folder table', () => {
    const table = readme.slice(readme.indexOf('## Folders'));
    for (const folder of ['core', 'api', 'tests', 'scripts', 'docs'])
      expect(table).toContain(`\`${folder}/\``);
  });
});
