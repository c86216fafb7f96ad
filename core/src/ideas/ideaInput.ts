import { z } from 'zod';
import { cleanTypedText, hasControlCharacters } from '../typedText.js';
import { IDEA_LIMITS } from './idea.js';

const plain = (text: string): boolean => !hasControlCharacters(text);
const noControl = { message: 'Remove the control characters.', params: { problem: 'control_characters' } };

/** A single line people type: invisible characters removed (see typedText.ts), surrounding spaces trimmed. */
export const lineSchema = (what: string, min: number, max: number) =>
  z
    .string({ error: `Enter ${what} as text.` })
    .overwrite(cleanTypedText)
    .trim()
    .min(min, min <= 1 ? `Enter ${what}.` : `Use at least ${min} characters.`)
    .max(max, `Use at most ${max} characters.`)
    .refine(plain, noControl);

/** Free text people type: kept as typed, line breaks included, less invisible characters; never blank. */
export const textSchema = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what} as text.` })
    .overwrite(cleanTypedText)
    .max(max, `Use at most ${max.toLocaleString('en-US')} characters.`)
    .refine((text) => text.trim().length > 0, { message: `Enter ${what}.`, params: { problem: 'required' } })
    .refine(plain, noControl);

export const tagsSchema = z
  .array(lineSchema('a tag', 1, IDEA_LIMITS.tagMax), { error: 'Send tags as a list of text.' })
  .max(IDEA_LIMITS.tagsMax, `Use at most ${IDEA_LIMITS.tagsMax} tags.`)
  .transform(uniqueIgnoringCase);

function uniqueIgnoringCase(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
