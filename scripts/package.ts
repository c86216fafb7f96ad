/**
 * `npm run package [-- --env local|dev]`: builds appPackage/build/appPackage.<env>.zip, the Teams app package
 * (manifest, two icons, the language files its localizationInfo names, and the Copilot agent: its declarative agent
 * manifest, its API plugin and the OpenAPI description the plugin calls, made from the route table), the way the
 * Agents Toolkit's teamsApp/zipAppPackage does, for people without the toolkit.
 *
 * Placeholders `${{NAME}}` in appPackage/manifest.json are filled from env/.env.<env>, then env/.env.<env>.user
 * (secrets, git-ignored). For `local` only, a value still empty (because `atk provision --env local` has not run
 * yet) falls back to env/.env.playground: stand-in ids for the offline Microsoft 365 Agents Playground.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { zipSync } from 'fflate';
import { loadConfig, LOCAL_SETTINGS } from '../api/src/config.js';
import { openApiDocument } from '../api/src/http/openApi.js';
import { routesFor } from '../api/src/routes.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The files of the package besides the manifest, as the manifest names them. */
export const ICONS = ['color.png', 'outline.png'] as const;

/** The manifest's language files (`localizationInfo.additionalLanguages[].file`), each beside it in appPackage/. */
export function languageFiles(manifest: Record<string, unknown>): string[] {
  const info = manifest.localizationInfo as { additionalLanguages?: { file: string }[] } | undefined;
  return (info?.additionalLanguages ?? []).map((language) => language.file);
}

/** Checks one language file against the bundled localization schema of the manifest's version. */
export async function languageFileProblems(
  file: Record<string, unknown>,
  manifestVersion: string,
): Promise<string[]> {
  const schema = join(MANIFEST_SCHEMAS, `v${manifestVersion}`, 'MicrosoftTeams.Localization.schema.json');
  if (!existsSync(schema)) return [`no bundled localization schema for manifestVersion ${manifestVersion}`];
  const validate = AppManifestUtils.validateAgainstSchema as (
    m: unknown,
    schema: unknown,
  ) => Promise<string[]>;
  // Two of the schema's key patterns close a bracket they never opened (`…\\b]\\.description`), which a validator
  // compiling patterns as Unicode regular expressions refuses: the bracket is escaped, as it was meant literally.
  const text = readFileSync(schema, 'utf8').replaceAll('\\\\b]', '\\\\b\\\\]');
  return validate(file, JSON.parse(text));
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export class PackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`The Teams app package cannot be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads a dotenv file as the toolkit writes it: KEY=VALUE lines, `#` comments, optional quotes. */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    const [, key, raw] = match as unknown as [string, string, string];
    values[key] = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
  }
  return values;
}

const readEnv = (path: string): Record<string, string> =>
  existsSync(path) ? parseEnvFile(readFileSync(path, 'utf8')) : {};

/** The values an environment's package is filled from, in the order described at the top of this file. */
export function environmentValues(env: string, rootDir = root): Record<string, string> {
  const file = join(rootDir, 'env', `.env.${env}`);
  if (!existsSync(file)) throw new PackageError([`env/.env.${env} does not exist`]);
  const values = { ...readEnv(file), ...readEnv(`${file}.user`) };
  if (env !== 'local') return values;
  const standIns = readEnv(join(rootDir, 'env', '.env.playground'));
  for (const [key, value] of Object.entries(standIns)) {
    if (!values[key]) values[key] = value;
  }
  return values;
}

/**
 * Fills every placeholder of the manifest template and checks what Teams would otherwise refuse later: a value
 * left empty, a wildcard domain. A domain that two placeholders fill alike (the tab and the bot on one host) is
 * listed once.
 */
export function fillManifest(template: string, values: Record<string, string>): Record<string, unknown> {
  const problems = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (!value) {
      problems.add(`${name} has no value (set it in the env file, or run the toolkit's provision)`);
      return '';
    }
    // Values land inside JSON strings.
    return JSON.stringify(value).slice(1, -1);
  });
  if (problems.size > 0) throw new PackageError([...problems]);
  const manifest = JSON.parse(filled) as Record<string, unknown>;
  const domains = manifest.validDomains;
  if (Array.isArray(domains)) {
    const unique = [...new Set(domains as string[])];
    const wildcards = unique.filter((domain) => domain.includes('*'));
    if (wildcards.length > 0)
      throw new PackageError(wildcards.map((d) => `validDomains has a wildcard: ${d}`));
    manifest.validDomains = unique;
  }
  return manifest;
}

/** The official Teams manifest schemas, as @microsoft/app-manifest bundles them (so checking needs no network). */
export const MANIFEST_SCHEMAS = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')),
  'build/json-schemas/teams',
);

/** The Copilot schemas (declarative agent, API plugin) @microsoft/app-manifest bundles, by kind and version. */
export const COPILOT_SCHEMAS = join(MANIFEST_SCHEMAS, '..', 'copilot');

/** The Copilot agent's files in appPackage/, as the manifest and the agent name them. */
export const AGENT_FILES = {
  agent: 'declarativeAgent.json',
  plugin: 'ideabarPlugin.json',
  api: 'openapi.json',
};

/** Checks a filled Copilot file against the bundled schema its `$schema` names (`…/copilot/<kind>/<version>/…`). */
export async function copilotSchemaProblems(file: Record<string, unknown>): Promise<string[]> {
  const named = /\/copilot\/([a-z-]+)\/(v[\d.]+)\/schema\.json$/.exec(String(file.$schema));
  const schema = named && join(COPILOT_SCHEMAS, named[1] as string, named[2] as string, 'schema.json');
  if (!schema || !existsSync(schema)) return [`no bundled schema for ${String(file.$schema)}`];
  const validate = AppManifestUtils.validateAgainstSchema as (
    m: unknown,
    schema: unknown,
  ) => Promise<string[]>;
  return validate(file, JSON.parse(readFileSync(schema, 'utf8')));
}

/**
 * The OpenAPI description the agent's plugin calls: the routes its functions name, from the route table, at the
 * environment's API address, signing people in with Entra ID for the same scope the tab's SSO uses.
 */
export function pluginApiDescription(
  functions: string[],
  values: Record<string, string>,
): Record<string, unknown> {
  const routes = routesFor(loadConfig(LOCAL_SETTINGS)).filter((route) => functions.includes(route.name));
  const missing = functions.filter((name) => !routes.some((route) => route.name === name));
  if (missing.length > 0)
    throw new PackageError(missing.map((name) => `${AGENT_FILES.plugin} names ${name}, no route`));
  const api = values.API_FUNCTION_ENDPOINT || values.BOT_ENDPOINT;
  if (!api)
    throw new PackageError(['API_FUNCTION_ENDPOINT or BOT_ENDPOINT has no value (the API the agent calls)']);
  return openApiDocument(routes, {
    serverUrl: `${api.replace(/\/$/, '')}/api`,
    scope: `api://${values.TAB_DOMAIN}/${values.AAD_APP_CLIENT_ID}/access_as_user`,
  });
}

/** The agent's files, filled and checked against their schemas, with the OpenAPI description its plugin calls. */
async function agentFiles(folder: string, values: Record<string, string>): Promise<Record<string, unknown>> {
  const agent = fillManifest(readFileSync(join(folder, AGENT_FILES.agent), 'utf8'), values);
  const plugin = fillManifest(readFileSync(join(folder, AGENT_FILES.plugin), 'utf8'), values);
  const problems = [
    ...(await copilotSchemaProblems(agent)).map((problem) => `${AGENT_FILES.agent}${problem}`),
    ...(await copilotSchemaProblems(plugin)).map((problem) => `${AGENT_FILES.plugin}${problem}`),
  ];
  if (problems.length > 0) throw new PackageError(problems);
  const functions = (plugin.functions as { name: string }[]).map((fn) => fn.name);
  return {
    [AGENT_FILES.agent]: agent,
    [AGENT_FILES.plugin]: plugin,
    [AGENT_FILES.api]: pluginApiDescription(functions, values),
  };
}

/** Checks a filled manifest against the bundled schema of its own manifestVersion; lists every problem. */
export async function schemaProblems(manifest: Record<string, unknown>): Promise<string[]> {
  const file = join(MANIFEST_SCHEMAS, `v${String(manifest.manifestVersion)}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) return [`no bundled schema for manifestVersion ${String(manifest.manifestVersion)}`];
  const validate = AppManifestUtils.validateAgainstSchema as (
    m: unknown,
    schema: unknown,
  ) => Promise<string[]>;
  return validate(manifest, JSON.parse(readFileSync(file, 'utf8')));
}

export interface BuiltPackage {
  zipPath: string;
  manifest: Record<string, unknown>;
}

/**
 * Builds appPackage.<env>.zip (and the filled manifest.<env>.json beside it) into `outDir`, once the filled manifest
 * passes the official schema.
 */
export async function buildAppPackage(
  env: string,
  { rootDir = root, outDir = join(rootDir, 'appPackage', 'build') } = {},
): Promise<BuiltPackage> {
  if (!/^[a-z0-9-]+$/.test(env)) throw new PackageError([`"${env}" is not an environment name`]);
  const folder = join(rootDir, 'appPackage');
  const values = environmentValues(env, rootDir);
  const manifest = fillManifest(readFileSync(join(folder, 'manifest.json'), 'utf8'), values);
  const problems = (await schemaProblems(manifest)).map((problem) => `manifest.json${problem}`);
  for (const language of languageFiles(manifest)) {
    const path = join(folder, language);
    if (!existsSync(path)) {
      problems.push(`${language}, named by localizationInfo, is not in appPackage/`);
      continue;
    }
    const found = await languageFileProblems(
      JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>,
      String(manifest.manifestVersion),
    );
    problems.push(...found.map((problem) => `${language}${problem}`));
  }
  if (problems.length > 0) throw new PackageError(problems);
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const files: Record<string, Uint8Array> = { 'manifest.json': new TextEncoder().encode(text) };
  for (const icon of ICONS) files[icon] = readFileSync(join(folder, icon));
  for (const language of languageFiles(manifest)) files[language] = readFileSync(join(folder, language));
  if (manifest.copilotAgents) {
    for (const [name, json] of Object.entries(await agentFiles(folder, values)))
      files[name] = new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`);
  }
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${env}.zip`);
  writeFileSync(zipPath, zipSync(files, { level: 9 }));
  writeFileSync(join(outDir, `manifest.${env}.json`), text);
  return { zipPath, manifest };
}

/**
 * Writes the plugin's OpenAPI description to appPackage/openapi.json (git-ignored), where the Agents Toolkit's
 * teamsApp/zipAppPackage finds the file the plugin names: m365agents*.yml runs `npm run package -- --openapi` first.
 */
export function writePluginApiDescription(env: string, rootDir = root): string {
  const values = environmentValues(env, rootDir);
  const plugin = fillManifest(readFileSync(join(rootDir, 'appPackage', AGENT_FILES.plugin), 'utf8'), values);
  const functions = (plugin.functions as { name: string }[]).map((fn) => fn.name);
  const path = join(rootDir, 'appPackage', AGENT_FILES.api);
  writeFileSync(path, `${JSON.stringify(pluginApiDescription(functions, values), null, 2)}\n`);
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: { env: { type: 'string', default: 'local' }, openapi: { type: 'boolean', default: false } },
  });
  try {
    if (values.openapi) {
      console.log(`Wrote ${writePluginApiDescription(values.env).slice(root.length)}.`);
    } else {
      const { zipPath } = await buildAppPackage(values.env);
      console.log(
        `Built ${zipPath.slice(root.length)}: upload it in Teams (Apps › Manage your apps › Upload an app).`,
      );
    }
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
