import { describe, expect, it } from 'vitest';
import { FALLBACK_LOCALE, safeLocale } from '../../../tab/src/app/safeLocale';

describe('safeLocale', () => {
  it('keeps a tag Intl accepts, in its canonical form', () => {
    expect(safeLocale('fr-CA')).toBe('fr-CA');
    expect(safeLocale('en-gb')).toBe('en-GB');
  });

  it('falls back to the part Intl accepts of a POSIX-style tag', () => {
    expect(() => new Intl.NumberFormat('en-US@posix')).toThrow(RangeError);
    expect(safeLocale('en-US@posix')).toBe('en-US');
    expect(safeLocale('de_DE.UTF-8')).toBe('de-DE');
  });

  it('falls back to en-US for a tag with nothing usable, or none at all', () => {
    for (const tag of ['C', 'POSIX', '', '@posix', undefined, null])
      expect(safeLocale(tag)).toBe(FALLBACK_LOCALE);
  });

  it('gives tags every Intl formatter takes', () => {
    for (const tag of ['en-US@posix', 'C', 'de_DE.UTF-8', 'ar-EG']) {
      const locale = safeLocale(tag);
      expect(() => new Intl.DateTimeFormat(locale).format(new Date(0))).not.toThrow();
      expect(() => new Intl.RelativeTimeFormat(locale).format(-1, 'day')).not.toThrow();
      expect(() => (1234.5).toLocaleString(locale)).not.toThrow();
    }
  });
});
