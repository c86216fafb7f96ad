/**
 * The Agents Toolkit project (m365agents.yml, m365agents.local.yml, env/, aad.manifest.json) and the Azure
 * template it deploys (infra/). Neither the toolkit nor a Bicep compiler runs here, so these tests check what
 * would otherwise fail half-way through a real provision: a value used before any step writes it, a file that is
 * not there, a parameter the template does not take, settings the app would refuse at start-up.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, LOCAL_SETTINGS } from '../../api/src/config.js';
import { parseEnvFile } from '../../scripts/package.js';

interface Step {
  uses: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface Project {
  version: string;
  environmentFolderPath?: string;
  provision: Step[];
  deploy: Step[];
  publish?: Step[];
}

const read = (path: string) => readFileSync(path, 'utf8');
const project = (path: string) => parse(read(path)) as Project;
const placeholders = (text: string) =>
  [...text.matchAll(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1]!);

const bicep = read('infra/azure.bicep');
const bicepOutputs = [...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1]!);
const bicepParams = [...bicep.matchAll(/^param (\w+) (\w+)( = .*)?$/gm)].map((m) => ({
  name: m[1]!,
  required: m[3] === undefined,
}));

/** Actions the toolkit documents (learn.microsoft.com, "Provision cloud resources" and the v1.11 yaml schema). */
const KNOWN_ACTIONS = new Set([
  'teamsApp/create',
  'teamsApp/validateManifest',
  'teamsApp/zipAppPackage',
  'teamsApp/validateAppPackage',
  'teamsApp/update',
  'teamsApp/publishAppPackage',
  'aadApp/create',
  'aadApp/update',
  'botAadApp/create',
  'botFramework/create',
  'arm/deploy',
  'azureFunctions/zipDeploy',
  'azureStaticWebApps/getDeploymentToken',
  'cli/runNpmCommand',
  'cli/runNpxCommand',
  'file/createOrUpdateEnvironmentFile',
  'script',
]);

/** Values the toolkit provides itself, or that an action writes under a name it chooses. */
const BUILT_IN = new Set([
  'TEAMSFX_ENV',
  'AZURE_SUBSCRIPTION_ID',
  'AZURE_RESOURCE_GROUP_NAME',
  // aadApp/update generates it when the manifest references it and it is not set yet.
  'AAD_APP_ACCESS_AS_USER_PERMISSION_ID',
  // azureStaticWebApps/getDeploymentToken writes it.
  'SECRET_TAB_SWA_DEPLOYMENT_TOKEN',
]);

/** The files whose placeholders a step fills, beside the step's own text. */
function filesOf(step: Step): string[] {
  const w = step.with ?? {};
  switch (step.uses) {
    case 'arm/deploy':
      return (w.templates as { parameters: string }[]).map((t) => t.parameters);
    case 'aadApp/update':
      return [w.manifestPath as string];
    case 'teamsApp/validateManifest':
    case 'teamsApp/zipAppPackage':
      return [w.manifestPath as string];
    default:
      return [];
  }
}

/** What a step writes to the environment for the steps after it. */
function writtenBy(step: Step): string[] {
  const written = Object.values(step.writeToEnvironmentFile ?? {});
  if (step.uses === 'arm/deploy') written.push(...bicepOutputs);
  if (step.uses === 'script') {
    const run = String(step.with?.run ?? '');
    written.push(...[...run.matchAll(/::set-teamsfx-env (\w+)=/g)].map((m) => m[1]!));
  }
  return written;
}

/**
 * Values a person (or, locally, the dev tunnel) provides before provisioning; they may be left empty. Every other
 * name the env file lists empty is there to be written by a step, so it counts only once a step has written it.
 */
const PROVIDED_FIRST: Record<string, string[]> = {
  dev: [
    'RESOURCE_SUFFIX',
    'ALLOWED_TENANTS',
    'IT_MEMBERS',
    'TEAMS_PUBLISHED_APP_ID',
    // The developer pages: the person deploying sets them (the package's validation refuses them empty).
    'DEVELOPER_WEBSITE_URL',
    'DEVELOPER_PRIVACY_URL',
    'DEVELOPER_TERMS_URL',
  ],
  local: ['BOT_DOMAIN', 'BOT_ENDPOINT'],
};

/** Walks provision then deploy, listing each value a step needs before anything could have set it. */
function undefinedValues(file: string, env: string): string[] {
  const { provision, deploy } = project(file);
  const filled = Object.entries(parseEnvFile(read(`env/.env.${env}`))).filter(([, value]) => value);
  const known = new Set([...BUILT_IN, ...PROVIDED_FIRST[env]!, ...filled.map(([name]) => name)]);
  const missing: string[] = [];
  for (const step of [...provision, ...deploy]) {
    const texts = [
      JSON.stringify(step.with ?? {}),
      JSON.stringify(step.env ?? {}),
      ...filesOf(step).map(read),
    ];
    for (const name of texts.flatMap(placeholders)) {
      if (!known.has(name)) missing.push(`${step.uses}: ${name}`);
    }
    for (const name of writtenBy(step)) known.add(name);
  }
  return [...new Set(missing)];
}

describe.each([
  { file: 'm365agents.yml', env: 'dev' },
  { file: 'm365agents.local.yml', env: 'local' },
])('$file', ({ file, env }) => {
  const { version, provision, deploy } = project(file);
  const steps = [...provision, ...deploy, ...(project(file).publish ?? [])];

  it("is on the toolkit's v1.11 schema and uses only actions the toolkit has", () => {
    expect(version).toBe('v1.11');
    expect(read(file)).toContain('https://aka.ms/m365-agents-toolkits/v1.11/yaml.schema.json');
    expect(steps.map((s) => s.uses).filter((uses) => !KNOWN_ACTIONS.has(uses))).toEqual([]);
  });

  it(`finds every value it uses in env/.env.${env} or written by an earlier step`, () => {
    expect(undefinedValues(file, env)).toEqual([]);
  });

  it('names files that exist', () => {
    for (const step of steps) {
      const dir = String(step.with?.workingDirectory ?? '.');
      for (const path of filesOf(step)) expect(existsSync(path), `${step.uses}: ${path}`).toBe(true);
      if (step.uses === 'arm/deploy') {
        for (const t of step.with!.templates as { path: string }[]) expect(existsSync(t.path)).toBe(true);
      }
      if (step.with?.ignoreFile) expect(existsSync(join(dir, String(step.with.ignoreFile)))).toBe(true);
    }
  });

  it('registers the SSO app, the bot where it runs locally, and the Teams app, then updates the SSO app', () => {
    const uses = provision.map((s) => s.uses);
    // In Azure the bot's identity is a managed identity the template creates (infra/azure.bicep): no app
    // registration and no secret. On a laptop (local) there is no managed identity, so the bot has an Entra app
    // with a secret kept in the git-ignored env/.env.local.user.
    expect(uses.filter((u) => u === 'aadApp/create')).toHaveLength(env === 'local' ? 2 : 1);
    expect(uses.indexOf('aadApp/update')).toBeGreaterThan(
      Math.max(uses.indexOf('arm/deploy'), uses.indexOf('script')),
    );
    expect(uses.slice(-3)).toEqual([
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    const bot = provision.find((s) => s.writeToEnvironmentFile?.clientId === 'BOT_ID');
    if (env === 'local') expect(bot?.writeToEnvironmentFile?.clientSecret).toMatch(/^SECRET_/);
    else
      expect([bot, JSON.stringify(provision).match(/clientSecret|SECRET_BOT_PASSWORD/)]).toEqual([
        undefined,
        null,
      ]);
  });
});

describe('the dev deployment', () => {
  const { deploy } = project('m365agents.yml');

  it('builds the Functions bundle, zip-deploys api/ to the Function App, and deploys the built tab', () => {
    const build = deploy.findIndex((s) => s.with?.args === 'run build:api');
    const zip = deploy.findIndex((s) => s.uses === 'azureFunctions/zipDeploy');
    expect(build).toBeGreaterThanOrEqual(0);
    expect(zip).toBeGreaterThan(build);
    expect(deploy[zip]!.with).toMatchObject({
      workingDirectory: './api',
      resourceId: '${{API_FUNCTION_RESOURCE_ID}}',
    });
    expect(deploy.map((s) => String(s.with?.args ?? '')).join('\n')).toMatch(
      /static-web-apps-cli@[\d.]+ deploy \.\/tab\/dist/,
    );
  });

  it('uploads the bundle, host.json and package.json, and leaves the sources out', () => {
    const ignored = read('api/.funcignore')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(ignored).toContain('src/');
    expect(ignored).toContain('node_modules/');
    for (const kept of ['dist/', 'dist/index.js', 'host.json', 'package.json']) {
      expect(
        ignored.some(
          (pattern) => pattern === kept || (pattern.startsWith('*.') && kept.endsWith(pattern.slice(1))),
        ),
      ).toBe(false);
    }
  });
});

describe('F5 in VS Code (.vscode/tasks.json)', () => {
  interface Task {
    label: string;
    command?: string;
    dependsOn?: string[];
    args?: {
      env?: string;
      ports?: { portNumber: number; writeToEnvironmentFile: Record<string, string> }[];
    };
  }
  const { tasks } = JSON.parse(read('.vscode/tasks.json')) as { tasks: Task[] };
  const byLabel = (label: string) => tasks.find((task) => task.label === label)!;

  it("tunnels to the local host's port and writes the values m365agents.local.yml expects first", () => {
    const tunnel = tasks.find((task) => task.command === 'debug-start-local-tunnel')!;
    const [port] = tunnel.args!.ports!;
    expect(port!.portNumber).toBe(loadConfig(LOCAL_SETTINGS).port);
    expect(Object.values(port!.writeToEnvironmentFile).sort()).toEqual([...PROVIDED_FIRST.local!].sort());
  });

  it('runs the tunnel, then provision and deploy for local, then the app', () => {
    const start = tasks.find((task) => task.dependsOn)!;
    const steps = start.dependsOn!.map(byLabel);
    const order = steps.map((task) => task.command ?? task.label);
    expect(order.indexOf('debug-start-local-tunnel')).toBeLessThan(order.indexOf('provision'));
    expect(order.indexOf('provision')).toBeLessThan(order.indexOf('deploy'));
    expect(steps.filter((task) => task.args?.env).every((task) => task.args!.env === 'local')).toBe(true);
    const launch = read('.vscode/launch.json');
    expect(launch).toContain(`"preLaunchTask": "${start.label}"`);
  });
});

describe('infra/azure.bicep and its parameters', () => {
  const parameters = JSON.parse(read('infra/azure.parameters.json')) as {
    parameters: Record<string, unknown>;
  };

  it('takes every parameter the file gives, and is given every one it requires', () => {
    const given = Object.keys(parameters.parameters);
    expect(given.filter((name) => !bicepParams.some((p) => p.name === name))).toEqual([]);
    expect(bicepParams.filter((p) => p.required && !given.includes(p.name)).map((p) => p.name)).toEqual([]);
  });

  it('declares its outputs in env/.env.dev, so the steps after arm/deploy can read them', () => {
    const declared = Object.keys(parseEnvFile(read('env/.env.dev')));
    expect(bicepOutputs.length).toBeGreaterThan(0);
    expect(bicepOutputs.filter((name) => !declared.includes(name))).toEqual([]);
  });

  /** The Function App's settings: literal values as they are, expressions as a stand-in of the right shape. */
  function appSettings(): Record<string, string> {
    const settings: Record<string, string> = {};
    for (const m of bicep.matchAll(/\{ name: '(\w+)', value: ([^\n]+?) \}/g)) settings[m[1]!] = m[2]!;
    for (const m of bicep.matchAll(/name: '(\w+)'\n\s*value: ([^\n]+)/g)) settings[m[1]!] = m[2]!;
    return settings;
  }

  /** Values of the shape each deployment-time expression produces. */
  const STAND_INS: Record<string, string> = {
    AzureWebJobsStorage__accountName: 'stideabar',
    APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-4000-8000-000000000009',
    ENTRA_CLIENT_ID: '00000000-0000-4000-8000-000000000001',
    ENTRA_AUDIENCE: 'api://ideabar.example.com/00000000-0000-4000-8000-000000000001',
    STORAGE_TABLE_ENDPOINT: 'https://stideabar.table.core.windows.net/',
    ALLOWED_TENANTS: '',
    IT_MEMBERS: '',
    BOT_APP_ID: '00000000-0000-4000-8000-000000000002',
    BOT_APP_TENANT_ID: '00000000-0000-4000-8000-000000000003',
    TEAMS_APP_ID: '00000000-0000-4000-8000-000000000004',
    TEAMS_PUBLISHED_APP_ID: '',
    TAB_URL: 'https://ideabar.example.com/',
  };

  /** Settings the Functions platform reads, not IdeaBar. */
  const PLATFORM = ['AzureWebJobsStorage__accountName', 'APPLICATIONINSIGHTS_CONNECTION_STRING'];

  it('gives the app production settings its configuration accepts', () => {
    const settings = appSettings();
    expect(settings).toMatchObject({ NODE_ENV: "'production'", AUTH_MODE: "'entra'" });
    expect(Object.keys(settings)).toEqual(
      expect.arrayContaining([
        'ENTRA_CLIENT_ID',
        'STORAGE_TABLE_ENDPOINT',
        'BOT_MANAGED_IDENTITY',
        ...PLATFORM,
      ]),
    );
    const literal = /^'([^'$]*)'$/;
    const computed = Object.keys(settings).filter((name) => !literal.test(settings[name]!));
    expect(computed.filter((name) => !(name in STAND_INS))).toEqual([]);
    const env = Object.fromEntries(
      Object.entries(settings).map(([name, value]) => [name, literal.exec(value)?.[1] ?? STAND_INS[name]!]),
    );
    const config = loadConfig(env);
    expect(config.environment).toBe('production');
    expect(config.auth.mode).toBe('entra');
    // No long-lived secret in any setting: tables through the app's identity, the bot through its managed identity.
    expect(config.storage.tableEndpoint).toBe(STAND_INS.STORAGE_TABLE_ENDPOINT);
    expect(config.bot.credentials).toMatchObject({ kind: 'managedIdentity' });
    expect(Object.keys(settings)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/STORAGE_CONNECTION_STRING|PASSWORD|SECRET/)]),
    );
    expect(bicep).not.toMatch(/listKeys\(|AccountKey=|@secure\(\)/);
  });

  it("sets only settings that api/src/config.ts reads, besides the platform's own", () => {
    const known = [...read('api/src/config.ts').matchAll(/^ {2}([A-Z][A-Z0-9_]+): /gm)].map((m) => m[1]);
    expect(known).toContain('STORAGE_TABLE_ENDPOINT');
    const names = Object.keys(appSettings()).filter((name) => !PLATFORM.includes(name));
    expect(names.filter((name) => !known.includes(name))).toEqual([]);
  });

  it('runs the app on Flex Consumption with Node.js 22 (20 still allowed), its own identity and the bot’s', () => {
    expect(bicep).toMatch(/tier: 'FlexConsumption'\s+name: 'FC1'/);
    expect(bicep).toMatch(/runtime: \{\s+name: 'node'\s+version: nodeVersion/);
    expect(bicep).toContain("param nodeVersion string = '22'");
    expect(bicep).toMatch(
      /type: 'SystemAssigned, UserAssigned'\s+userAssignedIdentities: \{ '\$\{botIdentity.id\}': \{\} \}/,
    );
    expect(bicep).not.toMatch(/FUNCTIONS_WORKER_RUNTIME|WEBSITE_RUN_FROM_PACKAGE/);
  });

  it('lets nothing reach the storage account with its key', () => {
    const account =
      bicep.match(/resource storage 'Microsoft.Storage\/storageAccounts@[\s\S]*?\n\}/)?.[0] ?? '';
    expect(account).toMatch(/allowSharedKeyAccess: false/);
    expect(bicep).not.toMatch(/allowSharedKeyAccess: true/);
    expect(bicep).toMatch(/name: 'STORAGE_TABLE_ENDPOINT', value: storage.properties.primaryEndpoints.table/);
  });

  it("grants the app's identity Storage Table Data Contributor on the account", () => {
    const assignment = bicep.match(/resource tableDataRole[\s\S]*?\n\}/)?.[0] ?? '';
    expect(bicep).toContain("storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'");
    expect(assignment).toContain('storageTableDataContributor)');
    expect(assignment).toContain('principalId: functionApp.identity.principalId');
  });

  it('has an Azure Bot on a user-assigned managed identity the template creates, messaging /api/messages', () => {
    expect(bicep).toMatch(/resource botIdentity 'Microsoft.ManagedIdentity\/userAssignedIdentities@/);
    expect(bicep).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bicep).toContain('msaAppId: botIdentity.properties.clientId');
    expect(bicep).toContain('msaAppMSIResourceId: botIdentity.id');
    expect(bicep).toMatch(/name: 'BOT_MANAGED_IDENTITY', value: 'true'/);
    expect(bicep).toContain('output BOT_ID string = botIdentity.properties.clientId');
    expect(bicep).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(bicep).toContain("endpoint: 'https://${functionApp.properties.defaultHostName}/api/messages'");
  });
});

describe('Teams SSO (aad.manifest.json)', () => {
  const aad = JSON.parse(read('aad.manifest.json')) as {
    identifierUris: string[];
    api: {
      requestedAccessTokenVersion: number;
      oauth2PermissionScopes: { id: string; value: string }[];
      preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
    };
  };
  const teams = JSON.parse(read('appPackage/manifest.json')) as { webApplicationInfo: { resource: string } };

  it('exposes the resource the Teams manifest asks tokens for, and the scope the API requires', () => {
    expect(aad.identifierUris).toEqual([teams.webApplicationInfo.resource]);
    expect(aad.api.requestedAccessTokenVersion).toBe(2);
    const [scope] = aad.api.oauth2PermissionScopes;
    expect(scope!.value).toBe('access_as_user');
    expect(read('docs/api.md')).toContain('access_as_user');
  });

  it('pre-authorises the Teams clients (desktop and mobile, web) for that scope', () => {
    const [scope] = aad.api.oauth2PermissionScopes;
    const clients = aad.api.preAuthorizedApplications;
    for (const teamsClient of [
      '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
      '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
    ]) {
      expect(clients.find((c) => c.appId === teamsClient)?.delegatedPermissionIds).toEqual([scope!.id]);
    }
    expect(clients.every((c) => c.delegatedPermissionIds.every((id) => id === scope!.id))).toBe(true);
  });

  it('is the audience the deployed API accepts', () => {
    const resource = teams.webApplicationInfo.resource
      .replace('${{TAB_DOMAIN}}', '${tabDomain}')
      .replace('${{AAD_APP_CLIENT_ID}}', '${aadAppClientId}');
    expect(bicep).toContain(`{ name: 'ENTRA_AUDIENCE', value: '${resource}' }`);
    const local = read('m365agents.local.yml');
    expect(local).toContain(`ENTRA_AUDIENCE: ${teams.webApplicationInfo.resource}`);
  });
});

describe('secrets', () => {
  it('are never in a committed env file, and .user files are git-ignored', () => {
    for (const env of ['local', 'dev', 'playground']) {
      const values = parseEnvFile(read(`env/.env.${env}`));
      const secrets = Object.entries(values).filter(([name, value]) => name.startsWith('SECRET_') && value);
      expect(secrets).toEqual([]);
    }
    const ignored = execFileSync(
      'git',
      ['check-ignore', 'env/.env.dev.user', 'env/.env.local.user', '.localConfigs'],
      {
        encoding: 'utf8',
      },
    );
    expect(ignored.trim().split('\n')).toHaveLength(3);
  });
});
