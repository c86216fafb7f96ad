import { describe, expect, it } from 'vitest';
import {
  englishTranslator,
  loadedTranslator,
  loadTranslator,
  LOCALES,
  PSEUDO_OPEN,
  translatorFor,
} from '../../../core/src/index.js';

describe('loading a language for the tab', () => {
  it('has English and the pseudo-locale at once, and no other language before it is loaded', () => {
    expect(englishTranslator().t('board.feed')).toBe('Ideas');
    expect(englishTranslator().formatLocale).toBe('en-US');
    expect(loadedTranslator('en-GB')?.formatLocale).toBe('en-GB');
    expect(loadedTranslator('pt-BR')?.locale).toBe('en');
    expect(loadedTranslator('qps-ploc')?.t('board.feed')).toContain(PSEUDO_OPEN);
    expect(loadedTranslator('de-DE')).toBeUndefined();
  });

  it('loads a language for every tag of it, with the person’s own formats', async () => {
    const austrian = loadTranslator('de-AT');
    const german = loadTranslator('de-DE');
    expect((await austrian).formatLocale).toBe('de-AT');
    expect((await german).t('board.feed')).toBe('Ideen');
    expect(loadedTranslator('de-CH')?.t('board.feed')).toBe('Ideen');
    expect(loadedTranslator('de-CH')?.formatLocale).toBe('de-CH');
    expect(loadedTranslator('de-DE')).toBe(await german);
  });

  it.each(LOCALES)('gives %s the texts the bot’s cards use', async (locale) => {
    const loaded = await loadTranslator(locale);
    const everyCatalog = translatorFor(locale);
    expect(loaded.dir).toBe(everyCatalog.dir);
    for (const key of ['board.feed', 'idea.close', 'app.opening'] as const) {
      expect(loaded.t(key)).toBe(everyCatalog.t(key));
    }
    expect(loaded.t('idea.drawer', { title: 'VPN' })).toBe(everyCatalog.t('idea.drawer', { title: 'VPN' }));
  });
});
