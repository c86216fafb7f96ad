/**
 * The one rule for what people may type into IdeaBar, for every text field of every use case (titles,
 * descriptions, comments, appeals, decline fields, responses, categories, tags, board and cycle names, people's
 * names). Zod-free, so the tab can apply the same rule as the domain.
 *
 * Characters that change how text is shown without being seen themselves are removed, not refused: bidirectional
 * controls (which can make "exe.txt" read as "txt.exe"), zero-width characters and C1 controls. The person cannot
 * see them, so a message asking to remove them would name something they cannot find; taking them out changes
 * nothing they meant to write. Two joiners are kept where they carry meaning: the zero-width joiner inside an emoji
 * sequence (👩‍💻) and both joiners between letters of scripts that need them (Persian, the Indic scripts). Visible
 * C0 controls other than tab and line breaks stay refused with a field message, as before.
 */

const ZWNJ = 0x200c;
const ZWJ = 0x200d;

/** Bidi controls, zero-width characters, C1 controls and the byte-order mark. */
const INVISIBLE = /[\u0080-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

const EMOJI_BEFORE_JOINER = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
const EMOJI_AFTER_JOINER = /\p{Extended_Pictographic}/u;
/** A letter or mark of a script whose spelling uses the joiners: anything but Latin, Greek, Cyrillic, Common. */
const LETTER = /[\p{L}\p{M}]/u;
const SCRIPT_WITHOUT_JOINERS = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}]/u;
const joiningLetter = (point: string): boolean => LETTER.test(point) && !SCRIPT_WITHOUT_JOINERS.test(point);

/** The text without the invisible characters the rule removes; everything visible stays exactly as typed. */
export function cleanTypedText(text: string): string {
  if (!INVISIBLE.test(text)) return text;
  const points = Array.from(text);
  let kept = '';
  for (let at = 0; at < points.length; at += 1) {
    const point = points[at] as string;
    if (!INVISIBLE.test(point) || joins(point, points[at - 1], points[at + 1])) kept += point;
  }
  return kept;
}

function joins(point: string, before: string | undefined, after: string | undefined): boolean {
  const code = point.codePointAt(0);
  if (code !== ZWJ && code !== ZWNJ) return false;
  if (before === undefined || after === undefined) return false;
  if (code === ZWJ && EMOJI_BEFORE_JOINER.test(before) && EMOJI_AFTER_JOINER.test(after)) return true;
  return joiningLetter(before) && joiningLetter(after);
}

/** Control characters other than tab and line breaks never belong in what people type. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const hasControlCharacters = (text: string): boolean => CONTROL_CHARACTERS.test(text);
