import { DIGEST_PRESET_NAMES, type DigestPreset } from '@ideabar/core';
import type { IncomingActivity } from '../turn.js';

export type Command =
  | { name: 'newIdea' }
  | { name: 'list'; list: 'top' | 'trending' | 'mine' }
  | { name: 'digest'; frequency: DigestPreset }
  | { name: 'help' }
  | { name: 'unknown'; text: string };

/**
 * What someone typed to the bot, mention removed. Commands are matched whole and case-insensitively, so a sentence
 * that merely contains "top" is not taken for one.
 */
export function parseCommand(text: string): Command {
  const words = text
    .replace(/<[^>]*>/g, ' ')
    .trim()
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  const phrase = words.join(' ');
  if (phrase === 'new idea' || phrase === 'new' || phrase === 'idea') return { name: 'newIdea' };
  if (phrase === 'top' || phrase === 'trending') return { name: 'list', list: phrase };
  if (phrase === 'my ideas' || phrase === 'mine' || phrase === 'my idea')
    return { name: 'list', list: 'mine' };
  if (phrase === 'help' || phrase === '?' || phrase === 'hi' || phrase === 'hello') return { name: 'help' };
  if (words[0] === 'digest' && words.length === 2 && DIGEST_PRESET_NAMES.includes(words[1] as DigestPreset)) {
    return { name: 'digest', frequency: words[1] as DigestPreset };
  }
  return { name: 'unknown', text: text.trim() };
}

/** The text of a message without the bot's @mention, which channels put in front of every command. */
export function commandTextOf(activity: IncomingActivity): string {
  let text = activity.text ?? '';
  for (const entity of activity.entities ?? []) {
    const mentioned = entity.mentioned as { id?: string } | undefined;
    if (
      entity.type === 'mention' &&
      mentioned?.id === activity.recipient.id &&
      typeof entity.text === 'string'
    ) {
      text = text.split(entity.text).join(' ');
    }
  }
  return text.trim();
}
