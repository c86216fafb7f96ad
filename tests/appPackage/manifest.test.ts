/**
 * The Teams app package: built by scripts/package.ts for the `local` environment (before provisioning, so with the
 * Agents Playground's stand-in ids), validated offline against the official manifest schema that
 * @microsoft/app-manifest bundles, and checked for what Teams or a Store reviewer would refuse.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRAND, colorIcon, outlineIcon } from '../../scripts/draw-icons.js';
import { TEAMS_LINK_HOST } from '../../bot/src/turns/messageExtensions/ideaLinks.js';
import { SEARCH_IDEAS, SEARCH_PARAMETER } from '../../bot/src/turns/messageExtensions/ideaSearch.js';
import {
  buildAppPackage,
  environmentValues,
  fillManifest,
  MANIFEST_SCHEMAS,
  PackageError,
  schemaProblems,
} from '../../scripts/package.js';

interface Command {
  id?: string;
  type?: string;
  title: string;
  description?: string;
  context?: string[];
  fetchTask?: boolean;
  initialRun?: boolean;
  parameters?: { name: string; title: string; inputType?: string }[];
}
interface Manifest {
  manifestVersion: string;
  $schema: string;
  id: string;
  name: { short: string; full?: string };
  description: { short: string; full: string };
  developer: Record<string, string>;
  icons: { color: string; outline: string };
  staticTabs: { entityId: string; contentUrl?: string; scopes: string[] }[];
  configurableTabs: { configurationUrl: string; scopes: string[]; context: string[] }[];
  supportsChannelFeatures?: string;
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: Command[] }[] }[];
  composeExtensions: {
    botId: string;
    commands: Command[];
    messageHandlers?: { type: string; value: { domains: string[] } }[];
  }[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
}

/** The newest released (v1.x) manifest schema the package bundles. */
function newestBundledVersion(): string {
  const versions = readdirSync(MANIFEST_SCHEMAS)
    .map((name) => /^v1\.(\d+)$/.exec(name)?.[1])
    .filter((minor): minor is string => minor !== undefined)
    .map(Number);
  return `1.${Math.max(...versions)}`;
}

let outDir: string;
let files: Record<string, Uint8Array>;
let text: string;
let manifest: Manifest;
const values = environmentValues('local');

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'ideabar-app-package-'));
  const built = await buildAppPackage('local', { outDir });
  expect(built.zipPath).toBe(join(outDir, 'appPackage.local.zip'));
  files = unzipSync(readFileSync(built.zipPath));
  text = new TextDecoder().decode(files['manifest.json']);
  manifest = JSON.parse(text) as Manifest;
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const png = (name: string) => PNG.sync.read(Buffer.from(files[name]!));

describe('the Teams app package (npm run package)', () => {
  it('holds exactly the manifest, the two icons, the language files and the Copilot agent it names', () => {
    expect(Object.keys(files).sort()).toEqual([
      'ar.json',
      'color.png',
      'de.json',
      'declarativeAgent.json',
      'es.json',
      'fr.json',
      'ideabarPlugin.json',
      'ja.json',
      'manifest.json',
      'openapi.json',
      'outline.png',
    ]);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
  });

  it('is on the newest manifest schema @microsoft/app-manifest bundles, and valid against it offline', async () => {
    const version = newestBundledVersion();
    expect(manifest.manifestVersion).toBe(version);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
    );
    expect(await schemaProblems(manifest as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('the schema check fails a manifest Teams would refuse, and packaging refuses it', async () => {
    const broken = {
      ...manifest,
      name: { short: 'IdeaBar, the idea board for technology ideas' },
      id: 'not-a-guid',
    };
    expect((await schemaProblems(broken)).length).toBeGreaterThanOrEqual(2);
    const wrongVersion = { ...manifest, manifestVersion: '0.9' };
    expect(await schemaProblems(wrongVersion)).toEqual(['no bundled schema for manifestVersion 0.9']);

    // A copy of the project whose template has a name longer than Teams allows.
    const copy = mkdtempSync(join(tmpdir(), 'ideabar-broken-package-'));
    try {
      mkdirSync(join(copy, 'appPackage'));
      mkdirSync(join(copy, 'env'));
      const template = readFileSync('appPackage/manifest.json', 'utf8').replace(
        '"short": "IdeaBar"',
        '"short": "IdeaBar, the idea board for technology ideas"',
      );
      writeFileSync(join(copy, 'appPackage/manifest.json'), template);
      for (const icon of ['color.png', 'outline.png'])
        copyFileSync(`appPackage/${icon}`, join(copy, 'appPackage', icon));
      copyFileSync('env/.env.playground', join(copy, 'env/.env.test'));
      await expect(buildAppPackage('test', { rootDir: copy })).rejects.toThrow(/manifest\.json\/name\/short/);
      expect(existsSync(join(copy, 'appPackage/build/appPackage.test.zip'))).toBe(false);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('has every placeholder filled from the environment', () => {
    expect(text).not.toMatch(/\$\{\{/);
    expect(manifest.id).toBe(values.TEAMS_APP_ID);
    expect(manifest.bots[0]!.botId).toBe(values.BOT_ID);
    expect(manifest.webApplicationInfo.id).toBe(values.AAD_APP_CLIENT_ID);
  });

  it('refuses to build with a value missing, naming every one', () => {
    const template = readFileSync('appPackage/manifest.json', 'utf8');
    const partial = Object.fromEntries(
      Object.entries(values).filter(([name]) => name !== 'BOT_ID' && name !== 'TAB_DOMAIN'),
    );
    expect(() => fillManifest(template, partial)).toThrow(PackageError);
    expect(() => fillManifest(template, partial)).toThrow(/BOT_ID[\s\S]*TAB_DOMAIN|TAB_DOMAIN[\s\S]*BOT_ID/);
  });

  it('lists valid domains without wildcards or duplicates, and refuses a wildcard', () => {
    expect(manifest.validDomains.length).toBeGreaterThan(0);
    expect(manifest.validDomains.filter((d) => d.includes('*'))).toEqual([]);
    expect(new Set(manifest.validDomains).size).toBe(manifest.validDomains.length);
    expect(manifest.validDomains.every((d) => !d.includes('://'))).toBe(true);
    const template = readFileSync('appPackage/manifest.json', 'utf8');
    expect(() => fillManifest(template, { ...values, BOT_DOMAIN: '*.azurewebsites.net' })).toThrow(
      /wildcard/,
    );
  });

  it('has the board as a personal tab and a configurable tab in channels, group chats and meetings', () => {
    expect(manifest.staticTabs.find((tab) => tab.entityId === 'board')).toMatchObject({
      contentUrl: `${values.TAB_ENDPOINT}/`,
      scopes: ['personal'],
    });
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: `${values.TAB_ENDPOINT}/configure`,
        scopes: ['team', 'groupChat'],
        // A meeting's chat and details take the board; its side panel the compact, live shortlist.
        context: ['channelTab', 'privateChatTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel'],
      }),
    ]);
  });

  it('is available in shared and private channels, not only standard ones', () => {
    // The schema's property for every channel feature (tier1: shared and private channels included).
    expect(manifest.supportsChannelFeatures).toBe('tier1');
  });

  it('has the bot in team, group chat and personal scopes, with "Send to IdeaBar" and the compose box search', () => {
    expect([...manifest.bots[0]!.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.composeExtensions[0]!.botId).toBe(values.BOT_ID);
    expect(manifest.composeExtensions[0]!.commands).toEqual([
      expect.objectContaining({
        id: 'sendToIdeaBar',
        type: 'action',
        title: 'Send to IdeaBar',
        context: ['message'],
        fetchTask: true,
      }),
      // The ids the bot answers (bot/src/turns/messageExtensions/ideaSearch.ts); nothing typed yet shows top ideas.
      expect.objectContaining({
        id: SEARCH_IDEAS,
        type: 'query',
        context: ['compose', 'commandBox'],
        initialRun: true,
        parameters: [expect.objectContaining({ name: SEARCH_PARAMETER, inputType: 'text' })],
      }),
    ]);
  });

  it('unfurls links of the tab’s domain and Teams deep links, which the bot reads ideas from', () => {
    expect(manifest.composeExtensions[0]!.messageHandlers).toEqual([
      { type: 'link', value: { domains: [values.TAB_DOMAIN, TEAMS_LINK_HOST] } },
    ]);
    expect(new URL(String(values.TAB_ENDPOINT)).host).toBe(values.TAB_DOMAIN);
  });

  it('lists the bot commands docs/architecture.md documents, in every scope', () => {
    const docs = readFileSync('docs/architecture.md', 'utf8');
    const section = docs.split(/^## /m).find((part) => part.startsWith('Bot commands'));
    expect(section).toBeDefined();
    const documented = [...section!.matchAll(/^\| `([^`]+)`\s*\| (.+?)\s*\|$/gm)].map(([, title, what]) => ({
      title,
      description: what,
    }));
    const [list] = manifest.bots[0]!.commandLists;
    expect(list!.commands).toEqual(documented);
    expect(documented.map((command) => command.title)).toEqual([
      'new idea',
      'top',
      'trending',
      'my ideas',
      'digest',
      'help',
    ]);
    expect([...list!.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  it('asks Teams for SSO tokens for the API registered for the tab', () => {
    expect(manifest.webApplicationInfo.resource).toBe(
      `api://${values.TAB_DOMAIN}/${values.AAD_APP_CLIENT_ID}`,
    );
  });

  it('has the names, descriptions and links a Store reviewer expects', () => {
    expect(manifest.name).toEqual({ short: 'IdeaBar', full: 'IdeaBar — technology ideas for IT' });
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeGreaterThan(manifest.description.short.length);
    expect(manifest.description.full).not.toContain(manifest.description.short);
    // The developer pages are settings in env/, not URLs written into the manifest.
    expect(manifest.developer).toMatchObject({
      websiteUrl: values.DEVELOPER_WEBSITE_URL,
      privacyUrl: values.DEVELOPER_PRIVACY_URL,
      termsOfUseUrl: values.DEVELOPER_TERMS_URL,
    });
    for (const url of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
      expect(manifest.developer[url]).toMatch(/^https:\/\//);
    }
    const template = readFileSync('appPackage/manifest.json', 'utf8');
    expect(template).not.toMatch(/example\.com/);
  });
});

describe('the icons', () => {
  it('are PNGs of exactly 192×192 (colour) and 32×32 (outline)', () => {
    const color = png('color.png');
    const outline = png('outline.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('colour: fully opaque, and more than two colours', () => {
    const { data } = png('color.png');
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      expect(data[i + 3]).toBe(255);
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    }
    expect(colours.size).toBeGreaterThan(2);
  });

  it('outline: only white and transparency, with a mark that is neither empty nor a filled square', () => {
    const { data } = png('outline.png');
    let opaque = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      expect([data[i], data[i + 1], data[i + 2]]).toEqual([255, 255, 255]);
      opaque++;
    }
    expect(opaque).toBeGreaterThan(32 * 32 * 0.1);
    expect(opaque).toBeLessThan(32 * 32 * 0.6);
  });

  it("share the brand colour with the manifest's accentColor", () => {
    const accent = (manifest as unknown as { accentColor: string }).accentColor;
    expect(accent).toBe(`#${BRAND.map((c) => c.toString(16).padStart(2, '0')).join('')}`.toUpperCase());
    const { data } = png('color.png');
    expect([data[0], data[1], data[2]]).toEqual([...BRAND]);
  });

  it('are what scripts/draw-icons.ts draws', () => {
    expect(Buffer.from(files['color.png']!).equals(colorIcon())).toBe(true);
    expect(Buffer.from(files['outline.png']!).equals(outlineIcon())).toBe(true);
  });
});
