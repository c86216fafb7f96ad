/**
 * The Copilot declarative agent in the Teams app package: its manifest, its API plugin and the OpenAPI description
 * the plugin calls (made from the route table), each valid against its published schema as @microsoft/app-manifest
 * bundles it, and consistent with one another and with the app's Entra sign-in.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '@hyperjump/json-schema/openapi-3-1';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routesFor } from '../../api/src/routes.js';
import { loadConfig, LOCAL_SETTINGS } from '../../api/src/config.js';
import {
  AGENT_FILES,
  buildAppPackage,
  copilotSchemaProblems,
  environmentValues,
  PackageError,
  pluginApiDescription,
} from '../../scripts/package.js';

interface Agent {
  version: string;
  instructions: string;
  conversation_starters: { title: string; text: string }[];
  actions: { id: string; file: string }[];
}
interface Plugin {
  functions: { name: string; capabilities?: { confirmation?: unknown; response_semantics?: unknown } }[];
  runtimes: {
    type: string;
    auth: { type: string; reference_id?: string };
    spec: { url: string };
    run_for_functions: string[];
  }[];
}
interface Api {
  servers: { url: string }[];
  paths: Record<string, Record<string, { operationId: string; security: Record<string, string[]>[] }>>;
  components: {
    securitySchemes: Record<
      string,
      { type: string; flows?: { authorizationCode: { scopes: Record<string, string> } } }
    >;
  };
}

const values = environmentValues('local');
let outDir: string;
let manifest: {
  copilotAgents: { declarativeAgents: { file: string }[] };
  webApplicationInfo: { resource: string };
};
let agent: Agent;
let plugin: Plugin;
let api: Api;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'ideabar-agent-'));
  const files = unzipSync(readFileSync((await buildAppPackage('local', { outDir })).zipPath));
  const json = <T>(name: string) => JSON.parse(new TextDecoder().decode(files[name])) as T;
  manifest = json('manifest.json');
  agent = json(manifest.copilotAgents.declarativeAgents[0]!.file);
  plugin = json(agent.actions[0]!.file);
  api = json(plugin.runtimes[0]!.spec.url);
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the Copilot agent in the app package', () => {
  it('is one declarative agent whose one action is the IdeaBar API plugin, each valid against its schema', async () => {
    expect(manifest.copilotAgents.declarativeAgents.map((ref) => ref.file)).toEqual([AGENT_FILES.agent]);
    expect(agent.actions.map((action) => action.file)).toEqual([AGENT_FILES.plugin]);
    expect(await copilotSchemaProblems(agent as never)).toEqual([]);
    expect(await copilotSchemaProblems(plugin as never)).toEqual([]);
    // The same check refuses what Copilot would: a plugin without a namespace, an agent without a name.
    const without = (file: object, key: string) =>
      Object.fromEntries(Object.entries(file).filter(([name]) => name !== key));
    expect((await copilotSchemaProblems(without(plugin, 'namespace'))).length).toBeGreaterThan(0);
    expect((await copilotSchemaProblems(without(agent, 'name'))).length).toBeGreaterThan(0);
  });

  it('starts from the question it is for, and keeps IdeaBar’s voice: IT as an enabler, a no with its path to yes', () => {
    expect(agent.conversation_starters.map((starter) => starter.text)).toContain(
      'Which ideas about laptops are waiting for IT?',
    );
    expect(agent.instructions).toMatch(/enabler/);
    expect(agent.instructions).toMatch(/path to yes/);
    for (const fn of plugin.functions) expect(agent.instructions).toContain(fn.name);
  });

  it('calls a focused subset of the route table, each function an operation of the description and nothing else', async () => {
    const names = plugin.functions.map((fn) => fn.name);
    expect(names.sort()).toEqual(['castVote', 'findSimilarIdeas', 'getIdea', 'listIdeas', 'listInbox']);
    expect([...plugin.runtimes[0]!.run_for_functions].sort()).toEqual(names);
    const operations = Object.values(api.paths).flatMap((methods) =>
      Object.values(methods).map((op) => op.operationId),
    );
    expect(operations.sort()).toEqual(names);
    const output = await validate('https://spec.openapis.org/oas/3.1/schema-base', api as never, 'BASIC');
    expect(output.valid).toBe(true);
    expect(api.servers).toEqual([{ url: `${values.BOT_ENDPOINT}/api` }]);
    // The description of those routes is the route table's own, not a copy.
    const routes = routesFor(loadConfig(LOCAL_SETTINGS)).filter((route) => names.includes(route.name));
    expect(Object.keys(api.paths).sort()).toEqual(
      [...new Set(routes.map((route) => `/${route.path}`))].sort(),
    );
  }, 60_000);

  it('signs the caller in with Entra ID for the tab’s own scope, so each call runs with their permissions', () => {
    const scope = `${manifest.webApplicationInfo.resource}/access_as_user`;
    expect(plugin.runtimes[0]!.auth).toEqual({
      type: 'OAuthPluginVault',
      reference_id: values.AGENT_OAUTH_REGISTRATION_ID,
    });
    expect(api.components.securitySchemes.entraId!.flows!.authorizationCode.scopes).toHaveProperty(scope);
    for (const methods of Object.values(api.paths))
      for (const operation of Object.values(methods))
        expect(operation.security[0]).toEqual({ entraId: [scope] });
  });

  it('asks before voting, and shows lists of ideas by title and status', () => {
    const byName = Object.fromEntries(plugin.functions.map((fn) => [fn.name, fn.capabilities]));
    expect(byName.castVote?.confirmation).toMatchObject({ type: 'AdaptiveCard' });
    expect(byName.listIdeas?.response_semantics).toMatchObject({
      data_path: '$.items',
      properties: { title: '$.title', subtitle: '$.status' },
    });
  });

  it('refuses to package a plugin function that no route serves', () => {
    expect(() => pluginApiDescription(['listIdeas', 'deleteEverything'], values)).toThrow(PackageError);
    expect(() => pluginApiDescription(['listIdeas', 'deleteEverything'], values)).toThrow(/deleteEverything/);
  });
});
