/**
 * package-lock.json is complete for every platform: each optional dependency a package declares (the per-platform
 * native bindings, such as @unrs/resolver's for the ESLint import resolver) has its own entry. Otherwise `npm
 * install` on a fresh Linux clone adds the missing ones and leaves git dirty, and `npm ci` on macOS or Windows
 * installs no binding at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };

/** Where npm resolves `name` from the package at `path`: its own node_modules, then each parent's, then the root. */
function resolves(path: string, name: string): boolean {
  let dir = path;
  for (;;) {
    if (`${dir ? `${dir}/` : ''}node_modules/${name}` in lock.packages) return true;
    if (!dir) return false;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent === -1 ? '' : dir.slice(0, parent);
  }
}

describe('package-lock.json', () => {
  it('holds every optional (per-platform) dependency, for every platform', () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !resolves(path, name))
        .map((name) => `${path || '(root)'} → ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('has @unrs/resolver’s bindings for macOS, Windows and Linux', () => {
    const bindings = Object.keys(lock.packages).filter((path) =>
      path.startsWith('node_modules/@unrs/resolver-binding-'),
    );
    for (const platform of ['darwin-arm64', 'darwin-x64', 'win32-x64-msvc', 'linux-x64-gnu']) {
      expect(bindings).toContain(`node_modules/@unrs/resolver-binding-${platform}`);
    }
  });
});
