/**
 * The Node.js versions IdeaBar names in four places — the Bicep default for Azure, package.json `engines`, the README
 * and docs/deploy.md — say the same thing: 22 in Azure, 20 (20.19+) still supported for local use.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(path, 'utf8');
const bicep = read('infra/azure.bicep');

describe('the Node.js runtime', () => {
  it('defaults to 22 in Azure, still allowing 20', () => {
    const param =
      /@allowed\(\[([^\]]*)\]\)\s*@description\([^)]*\)\s*param nodeVersion string = '(\d+)'/.exec(bicep);
    expect(param?.[2]).toBe('22');
    expect(param?.[1]).toContain("'20'");
    expect(bicep).not.toMatch(/Flex Consumption with Node\.js 20/);
  });

  it('engines accept Node 22 and Node 20.19+, and refuse what Azure no longer runs', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    expect(engines).toBe('>=20.19 <21 || >=22');
  });

  it('the README and docs/deploy.md name 22 for Azure and 20 for local use, as the template does', () => {
    for (const doc of ['README.md', 'docs/deploy.md']) {
      const text = read(doc);
      expect(text, doc).toMatch(/Node\.js 22\b/);
      expect(text, doc).toMatch(
        /20\.19\+?,? (?:or later, )?still supported for local use|20\.19 or later\) is still supported for local/,
      );
      expect(text, doc).not.toMatch(/Node\.js 20\*\* \(or 22\+\)|With Node\.js 20 \(or 22\+\)/);
    }
    expect(read('docs/deploy.md')).toMatch(/Node\.js 22 \(parameter `nodeVersion`: `22` or `20`\)/);
    expect(read('docs/architecture.md')).toMatch(/Flex Consumption, Node\.js 22/);
  });
});
