import { describe, expect, it } from 'vitest';
import {
  negotiateLocale,
  PSEUDO_CLOSE,
  PSEUDO_LOCALE,
  PSEUDO_OPEN,
  textDirection,
  translatorFor,
} from '../../../core/src/index.js';

describe('choosing a language', () => {
  it.each([
    ['en-us', 'en'],
    ['de-de', 'de'],
    ['de-AT', 'de'],
    ['fr-ca', 'fr'],
    ['es-mx', 'es'],
    ['ja-jp', 'ja'],
    ['ar-sa', 'ar'],
    ['pt-br', 'en'],
    ['en-US@posix', 'en'],
    ['de_DE.UTF-8', 'de'],
    ['C', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    ['not a tag!', 'en'],
    ['QPS-PLOC', PSEUDO_LOCALE],
  ])('takes %s as %s', (tag, locale) => {
    expect(negotiateLocale(tag)).toBe(locale);
  });

  it('runs Arabic right to left and the others left to right', () => {
    expect(textDirection('ar-sa')).toBe('rtl');
    expect(translatorFor('ar-sa').dir).toBe('rtl');
    expect(translatorFor('ja-jp').dir).toBe('ltr');
    expect(translatorFor('en-us').dir).toBe('ltr');
  });
});

describe('a translator', () => {
  it('formats plurals by the language’s own rules, with its own digits and separators', () => {
    expect(translatorFor('en-us').t('count.votes', { count: 1 })).toBe('1 vote');
    expect(translatorFor('en-us').t('count.votes', { count: 1234 })).toBe('1,234 votes');
    expect(translatorFor('de-DE').t('count.votes', { count: 1234 })).toBe('1.234 Stimmen');
    expect(translatorFor('fr-fr').t('count.comments', { count: 0 })).toBe('0 commentaire');
    expect(translatorFor('ja-jp').t('count.votes', { count: 2 })).toBe('2 票');
    expect(translatorFor('ar-sa').t('count.votes', { count: 2 })).toBe('صوتان');
    expect(translatorFor('ar-sa').t('count.votes', { count: 11 })).toMatch(/صوتًا$/);
  });

  it('fills arguments and falls back to English for a language without a catalog', () => {
    expect(translatorFor('pt-BR').t('shell.signedInAs', { name: 'Ada' })).toBe('Signed in as Ada');
    expect(translatorFor('pt-BR').formatLocale).toBe('en-US');
    expect(translatorFor('es-MX').formatLocale).toBe('es-MX');
  });

  it('shows the pseudo-locale accented and bracketed, with its arguments still filled', () => {
    const text = translatorFor(PSEUDO_LOCALE).t('shell.signedInAs', { name: 'Ada' });
    expect(text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(text).toContain('Ada');
    expect(text).not.toContain('Signed');
    expect(translatorFor(PSEUDO_LOCALE).t('count.votes', { count: 2 })).toMatch(/^⟦2 \S+⟧$/);
  });
});
