import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import * as core from '../../core/src/index.js';
import * as testing from '@ideabar/core/testing';

const eslint = new ESLint();

/** The rules that fire on a file at `path` holding `code`, which uses what it imports. */
async function rulesBroken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const uses = used;\n`, { filePath: path });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the in-memory twins, for tests only', () => {
  it('are exported from @ideabar/core/testing and not from the public barrel', () => {
    expect(Object.keys(testing).sort()).toEqual(['memoryNotifications', 'memoryRepositories']);
    expect(core).not.toHaveProperty('memoryRepositories');
    expect(core).not.toHaveProperty('memoryNotifications');
  });

  it.each([
    "import { memoryRepositories as used } from '@ideabar/core/testing';",
    "import { memoryNotifications as used } from '../../../core/src/testing.js';",
    "import { MemoryIdeas as used } from '../../../core/src/memory/memoryIdeas.js';",
  ])('are refused by lint in production code: `%s`', async (code) => {
    for (const path of [
      'api/src/functions/x.ts',
      'bot/src/turns/x.ts',
      'bot/src/hosting/x.ts',
      'tab/src/x.tsx',
    ]) {
      expect(await rulesBroken(path, code), path).toContain('no-restricted-imports');
    }
  });

  it('are allowed where they belong: tests, benchmarks and scripts', async () => {
    const code = "import { memoryRepositories as used } from '@ideabar/core/testing';";
    for (const path of ['tests/core/x.test.ts', 'scripts/bench/x.ts']) {
      expect(await rulesBroken(path, code), path).toEqual([]);
    }
  });
});
