import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rules that fire on a one-line file placed at `path`. */
async function rulesBroken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport type Used = typeof used;\n`, { filePath: path });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the bot SDK behind one seam (lint)', () => {
  it.each([
    "import type { Activity as used } from 'botbuilder';",
    "import { AuthenticationConstants as used } from 'botframework-connector';",
    "import type { ManagedIdentityApplication as used } from '@azure/msal-node';",
  ])('refuses `%s` outside bot/src/hosting/', async (code) => {
    for (const path of ['bot/src/turns/x.ts', 'bot/src/outbox/x.ts', 'bot/src/cards/x.ts']) {
      expect(await rulesBroken(path, code)).toContain('no-restricted-imports');
    }
  });

  it('lets bot/src/hosting/ use botbuilder, and keeps the bot’s other bounds there', async () => {
    expect(
      await rulesBroken('bot/src/hosting/x.ts', "import type { Activity as used } from 'botbuilder';"),
    ).toEqual([]);
    expect(
      await rulesBroken(
        'bot/src/hosting/x.ts',
        "import type { TableClient as used } from '@azure/data-tables';",
      ),
    ).toContain('no-restricted-imports');
  });
});
