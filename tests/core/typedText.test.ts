import { describe, expect, it } from 'vitest';
import { cleanTypedText } from '../../core/src/index.js';

describe('the rule for what people type', () => {
  it.each([
    [
      'bidi overrides and isolates',
      'abc\u202Etxt.exe\u202C \u2066x\u2069 \u200E\u200F\u061C',
      'abctxt.exe x ',
    ],
    ['zero-width characters', 'zero\u200Bwidth\u2060join\uFEFFed\u180E', 'zerowidthjoined'],
    ['C1 controls', 'next\u0085line\u009Bcsi\u0080', 'nextlinecsi'],
    ['a joiner between Latin letters', 'ad\u200Dmin pay\u200Cpal', 'admin paypal'],
    ['a joiner at either end', '\u200Dstart end\u200D', 'start end'],
  ])('removes %s', (_, typed, kept) => {
    expect(cleanTypedText(typed)).toBe(kept);
  });

  it.each([
    ['emoji sequences joined with ZWJ', '👩\u200D💻 👨‍👩‍👧 🏳️\u200D🌈 👍🏽\u200D'],
    ['ZWNJ inside Persian words', 'می\u200Cخواهم'],
    ['ZWJ inside Devanagari', 'क्\u200Dष'],
    ['text without invisible characters', 'Plain text, with "quotes" — and a tab\tand\nlines'],
  ])('keeps %s', (_, typed) => {
    const expected = typed.endsWith('\u200D') ? typed.slice(0, -1) : typed;
    expect(cleanTypedText(typed)).toBe(expected);
  });
});
