import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../core/src/index.js';
import { languageFileProblems, languageFiles } from '../../scripts/package.js';

const folder = join(import.meta.dirname, '../../appPackage');
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Record<
  string,
  unknown
> & {
  manifestVersion: string;
  localizationInfo: {
    defaultLanguageTag: string;
    additionalLanguages: { languageTag: string; file: string }[];
  };
  bots: { commandLists: { commands: { title: string }[] }[] }[];
};
const languages = manifest.localizationInfo.additionalLanguages;
const read = (file: string) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, string>;

/** The manifest's value at a localization key such as `bots[0].commandLists[0].commands[2].description`. */
function valueAt(path: string): unknown {
  let value: unknown = manifest;
  for (const part of path.split(/\.|(?=\[)/)) {
    const index = /^\[(\d+)\]$/.exec(part);
    value = (value as Record<string, unknown> | undefined)?.[index ? Number(index[1]) : part];
  }
  return value;
}

describe('the manifest in every language', () => {
  it('names English as its own language and a file for each other language IdeaBar speaks', () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('en-us');
    expect(languages.map((language) => language.languageTag.slice(0, 2))).toEqual(
      LOCALES.filter((locale) => locale !== 'en'),
    );
    expect(languageFiles(manifest)).toEqual(
      LOCALES.filter((locale) => locale !== 'en').map((locale) => `${locale}.json`),
    );
  });

  it.each(languages)('$languageTag: valid against the bundled localization schema', async ({ file }) => {
    expect(await languageFileProblems(read(file), manifest.manifestVersion)).toEqual([]);
  });

  it('the schema check fails a language file Teams would refuse', async () => {
    const broken = { ...read('de.json'), 'name.short': 'x'.repeat(31), 'bots[0].nonsense': 'x' };
    expect((await languageFileProblems(broken, manifest.manifestVersion)).length).toBeGreaterThan(0);
  });

  it.each(languages)(
    '$languageTag: translates what the manifest has, and every command’s description',
    ({ file }) => {
      const strings = read(file);
      for (const key of Object.keys(strings).filter((key) => key !== '$schema' && key !== 'name.short')) {
        expect(typeof valueAt(key), key).toBe('string');
        // Sentences are translated; a name such as the tab's ("Board" in German too) may stay as it is.
        if (/description/.test(key)) expect(strings[key], key).not.toBe(valueAt(key));
      }
      manifest.bots[0]!.commandLists[0]!.commands.forEach((_, n) => {
        expect(strings[`bots[0].commandLists[0].commands[${n}].description`]).toBeTruthy();
      });
      (manifest.description as { features: unknown[] }).features.forEach((_, n) => {
        expect(strings[`description.features[${n}].title`], `feature ${n}`).toBeTruthy();
        expect(strings[`description.features[${n}].description`], `feature ${n}`).toBeTruthy();
      });
    },
  );

  it.each(languages)(
    '$languageTag: keeps the commands’ titles, which Teams sends back as the typed command',
    ({ file }) => {
      expect(Object.keys(read(file)).filter((key) => /commandLists.*\.title$/.test(key))).toEqual([]);
    },
  );

  it('describes the surfaces the manifest declares: meetings, the compose box, pasted links', () => {
    const { full } = manifest.description as { full: string };
    const surfaces = JSON.stringify([manifest.configurableTabs, manifest.composeExtensions]);
    const declared: [boolean, RegExp][] = [
      [surfaces.includes('meetingSidePanel'), /in meetings, where a side panel/],
      [surfaces.includes('"type":"query"'), /From the compose box of any chat or channel, search IdeaBar/],
      [surfaces.includes('"type":"link"'), /paste a link to an idea and it shows the idea's card/],
      [manifest.supportsChannelFeatures === 'tier1', /shared and private ones included/],
    ];
    for (const [isDeclared, said] of declared) {
      expect(isDeclared, String(said)).toBe(true);
      expect(full).toMatch(said);
    }
  });
});
