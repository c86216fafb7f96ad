import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** Where a pseudo-localized text starts and ends: text outside them on a pseudo-locale page bypassed the catalog. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] as string,
  ]),
);

const accent = (text: string): string => [...text].map((char) => ACCENTED[char] ?? char).join('');

/** The message's own words accented, its arguments, plurals and selects left whole so they still format. */
function accentElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    switch (element.type) {
      case TYPE.literal:
        return { ...element, value: accent(element.value) };
      case TYPE.plural:
      case TYPE.select:
        return {
          ...element,
          options: Object.fromEntries(
            Object.entries(element.options).map(([key, option]) => [
              key,
              { ...option, value: accentElements(option.value) },
            ]),
          ),
        };
      case TYPE.tag:
        return { ...element, children: accentElements(element.children) };
      default:
        return element;
    }
  });
}

/** An English message as the pseudo-locale shows it: accented and bracketed, e.g. "⟦Ĥéļļö, {name}⟧". */
export function pseudoMessage(english: string): MessageFormatElement[] {
  return [
    { type: TYPE.literal, value: PSEUDO_OPEN },
    ...accentElements(parse(english)),
    { type: TYPE.literal, value: PSEUDO_CLOSE },
  ];
}
