/**
 * Every repository path that docs/deploy.md and docs/architecture.md name exists, except the files that builds,
 * provisioning or a local run write (and git ignores), so following the docs never leads to a missing file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FOLDERS = [
  '.vscode',
  'api',
  'appPackage',
  'bot',
  'core',
  'docs',
  'env',
  'infra',
  'scripts',
  'tab',
  'tests',
];

/** Written by `npm run build:api`, `npm run package`, the toolkit or `npm start`; never committed. */
const GENERATED = [
  /^api\/dist\//,
  /^api\/local\.settings\.json$/,
  /^appPackage\/build\//,
  /^tab\/dist/,
  /\.user$/,
];

function namedPaths(doc: string): string[] {
  return [...readFileSync(doc, 'utf8').matchAll(/`([^`\s]+)`/g)]
    .map((match) => match[1]!)
    .filter((token) => !/[<>*:@(]/.test(token))
    .filter((token) => FOLDERS.includes(token.split('/')[0]!) && token.includes('/'));
}

describe.each(['docs/deploy.md', 'docs/architecture.md'])('%s', (doc) => {
  it('names only paths that exist (or that a build writes)', () => {
    const paths = namedPaths(doc);
    expect(paths.length).toBeGreaterThan(5);
    const missing = paths.filter(
      (path) => !GENERATED.some((pattern) => pattern.test(path)) && !existsSync(path),
    );
    expect(missing).toEqual([]);
  });
});
