import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';
import { expect } from 'vitest';
import type { AdaptiveCard, CardAction, CardElement } from '../../../bot/src/cards/adaptiveCard.js';

// The package's ES build imports its modules without file extensions, which Node cannot load; its bundled build can.
const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

export const MAX_CARD_BYTES = 28 * 1024;
export const MAX_ACTIONS = 6;

/** Every action in a card, those inside Action.ShowCard and fallbacks' targets included (fallbacks replace, so not). */
export function actionsOf(card: AdaptiveCard): CardAction[] {
  const found: CardAction[] = [];
  for (const action of card.actions ?? []) {
    found.push(action);
    if (action.type === 'Action.ShowCard') found.push(...actionsOf(action.card));
  }
  return found;
}

/** The buttons inside a card's body (ActionSets, such as a list's vote buttons), in reading order. */
export function bodyActionsOf(card: AdaptiveCard): CardAction[] {
  const found: CardAction[] = [];
  const walk = (elements: CardElement[]) => {
    for (const element of elements) {
      if (element.type === 'ActionSet') found.push(...element.actions);
      else if (element.type === 'ColumnSet') for (const column of element.columns) walk(column.items);
      else if (element.type === 'Container') walk(element.items);
    }
  };
  walk(card.body);
  return found;
}

/** Every text a card shows through markdown (TextBlocks), for checks that user text never lands there raw. */
export function markdownTexts(card: AdaptiveCard): string[] {
  const texts: string[] = [];
  const walk = (elements: CardElement[]) => {
    for (const element of elements) {
      if (element.type === 'TextBlock') texts.push(element.text);
      else if (element.type === 'ColumnSet') for (const column of element.columns) walk(column.items);
      else if (element.type === 'Container') walk(element.items);
    }
  };
  walk(card.body);
  for (const action of card.actions ?? [])
    if (action.type === 'Action.ShowCard') texts.push(...markdownTexts(action.card));
  return texts;
}

/** Every plain text run, where user text goes. */
export function plainTexts(card: AdaptiveCard): string[] {
  const texts: string[] = [];
  const walk = (elements: CardElement[]) => {
    for (const element of elements) {
      if (element.type === 'RichTextBlock') texts.push(...element.inlines.map((run) => run.text));
      else if (element.type === 'ColumnSet') for (const column of element.columns) walk(column.items);
      else if (element.type === 'Container') walk(element.items);
    }
  };
  walk(card.body);
  return texts;
}

/**
 * The checks every card passes: the `adaptivecards` parser reports nothing unknown or invalid, its property
 * validation finds no failure, the version is at most 1.5, there are at most 6 actions, and the card fits 28 KB.
 */
export function expectValidCard(card: unknown): asserts card is AdaptiveCard {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  const parseEvents = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  expect(parseEvents).toEqual([]);
  const validation = parsed.validateProperties();
  expect(validation.validationEvents.map((event) => event.message)).toEqual([]);

  const typed = card as AdaptiveCard;
  expect(typed.type).toBe('AdaptiveCard');
  expect(Number(typed.version)).toBeLessThanOrEqual(1.5);
  expect(actionsOf(typed).length).toBeLessThanOrEqual(MAX_ACTIONS);
  expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(MAX_CARD_BYTES);
  if (typed.refresh) expect(typed.refresh.userIds.length).toBeLessThanOrEqual(60);
}
