import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../bot/src/turns/commands/commands.js';

describe('commands', () => {
  it.each([
    ['new idea', { name: 'newIdea' }],
    ['  NEW   Idea ', { name: 'newIdea' }],
    ['top', { name: 'list', list: 'top' }],
    ['Trending', { name: 'list', list: 'trending' }],
    ['my ideas', { name: 'list', list: 'mine' }],
    ['Mine', { name: 'list', list: 'mine' }],
    ['help', { name: 'help' }],
    ['digest monthly', { name: 'digest', frequency: 'monthly' }],
    ['digest off', { name: 'digest', frequency: 'off' }],
  ])('“%s”', (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });

  it.each(['top ideas please', 'digest daily', 'what is new idea', ''])('“%s” is not a command', (text) => {
    expect(parseCommand(text)).toEqual({ name: 'unknown', text: text.trim() });
  });
});
