import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOG_AREAS, CATALOGS, LOCALES, type MessageKey } from '../../../core/src/index.js';

const english = CATALOGS.en;
const keys = Object.keys(english).sort() as MessageKey[];
const translations = LOCALES.filter((locale) => locale !== 'en');

interface Argument {
  name: string;
  kind: string;
}

/** Every argument a message reads, with its kind (plain, number, date, plural, select…), in a stable order. */
function argumentsOf(
  elements: MessageFormatElement[],
  found = new Map<string, string>(),
): Map<string, string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        found.set(element.value, found.get(element.value) ?? 'text');
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        found.set(element.value, TYPE[element.type]);
        break;
      case TYPE.plural:
      case TYPE.select:
        found.set(element.value, TYPE[element.type]);
        for (const option of Object.values(element.options)) argumentsOf(option.value, found);
        break;
      case TYPE.tag:
        found.set(element.value, 'tag');
        argumentsOf(element.children, found);
        break;
      default:
        break;
    }
  }
  return found;
}

const argumentList = (message: string): Argument[] =>
  [...argumentsOf(parse(message))]
    .map(([name, kind]) => ({ name, kind }))
    .sort((a, b) => a.name.localeCompare(b.name));

/** Each plural's and select's cases, to check them against the language's own plural categories. */
function branchesOf(
  elements: MessageFormatElement[],
  found: { kind: 'plural' | 'select'; cases: string[] }[] = [],
) {
  for (const element of elements) {
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.push({
        kind: element.type === TYPE.plural ? 'plural' : 'select',
        cases: Object.keys(element.options),
      });
      for (const option of Object.values(element.options)) branchesOf(option.value, found);
    }
    if (element.type === TYPE.tag) branchesOf(element.children, found);
  }
  return found;
}

/** A value for each argument, of its kind, so every message can be formatted once. */
const sampleValues = (message: string) =>
  Object.fromEntries(
    argumentList(message).map(({ name, kind }) => [
      name,
      kind === 'number' || kind === 'plural' ? 3 : kind === 'date' || kind === 'time' ? new Date(0) : 'x',
    ]),
  );

describe('the message catalogs', () => {
  it('split every language into the same areas, with no key written in two areas (the later would win silently)', () => {
    const areaNames = Object.keys(CATALOG_AREAS.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(CATALOG_AREAS[locale]).sort(), locale).toEqual(areaNames);
      const seen = new Map<string, string>();
      for (const [area, texts] of Object.entries(CATALOG_AREAS[locale])) {
        for (const key of Object.keys(texts)) {
          expect(seen.get(key), `${locale}: "${key}" is in ${seen.get(key)} and ${area}`).toBeUndefined();
          seen.set(key, area);
        }
      }
      const areas: Record<string, Record<string, string>> = CATALOG_AREAS[locale];
      for (const [area, texts] of Object.entries(CATALOG_AREAS.en)) {
        expect(Object.keys(areas[area] ?? {}).sort(), `${locale}/${area}.json`).toEqual(
          Object.keys(texts).sort(),
        );
      }
    }
  });

  it('ship the six languages, English first as the source', () => {
    expect(LOCALES).toEqual(['en', 'de', 'fr', 'es', 'ja', 'ar']);
    expect(keys.length).toBeGreaterThan(30);
  });

  it.each(translations)('%s has exactly English’s keys', (locale) => {
    expect(Object.keys(CATALOGS[locale]).sort()).toEqual(keys);
  });

  it.each(LOCALES)('%s: every message is valid ICU, non-empty, and formats', (locale) => {
    for (const key of keys) {
      const message = CATALOGS[locale][key];
      expect(message.trim(), `${locale} ${key}`).not.toBe('');
      expect(() => parse(message), `${locale} ${key}`).not.toThrow();
      expect(
        () => new IntlMessageFormat(message, locale).format(sampleValues(message)),
        `${locale} ${key}`,
      ).not.toThrow();
    }
  });

  it.each(translations)('%s reads the same ICU arguments, of the same kinds, as English', (locale) => {
    for (const key of keys) {
      expect(argumentList(CATALOGS[locale][key]), `${locale} ${key}`).toEqual(argumentList(english[key]));
    }
  });

  it.each(LOCALES)('%s: plurals use only the language’s own categories and always have “other”', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
    for (const key of keys) {
      for (const branch of branchesOf(parse(CATALOGS[locale][key]))) {
        expect(branch.cases, `${locale} ${key}`).toContain('other');
        if (branch.kind !== 'plural') continue;
        for (const name of branch.cases.filter((name) => !name.startsWith('='))) {
          expect(categories, `${locale} ${key}: ${name}`).toContain(name);
        }
      }
    }
  });

  it('fails a catalog that drops an argument or breaks ICU (the checks can fail)', () => {
    expect(argumentList('{count, plural, one {# vote} other {# votes}}')).not.toEqual(
      argumentList('{n, plural, one {# vote} other {# votes}}'),
    );
    expect(argumentList('Signed in as {name}')).not.toEqual(argumentList('Signed in'));
    expect(() => parse('{count, plural, one {# vote}')).toThrow();
  });
});
