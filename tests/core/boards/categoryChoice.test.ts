import { describe, expect, it } from 'vitest';
import { categoryChoice, type Category } from '../../../core/src/index.js';

const category = (name: string, retired = false): Category => ({ id: name.toLowerCase(), name, retired });

describe('the category a new idea takes (one rule for the API, the tab and the bot)', () => {
  it('takes an active category as the board names it, whatever the case and spaces typed', () => {
    expect(categoryChoice([category('Security'), category('Remote work')], '  remote WORK ')).toEqual({
      kind: 'taken',
      category: 'Remote work',
    });
    expect(categoryChoice([category('Security')], null)).toEqual({ kind: 'taken', category: null });
  });

  it('refuses a retired name, offering the active ones', () => {
    expect(categoryChoice([category('Security'), category('Remote work', true)], 'Remote Work')).toEqual({
      kind: 'retired',
      category: 'Remote work',
      choices: ['Security'],
    });
  });

  it('refuses a retired name even where every category is retired and the board takes other text', () => {
    const board = [category('Remote work', true)];
    expect(categoryChoice(board, 'remote work')).toEqual({
      kind: 'retired',
      category: 'Remote work',
      choices: [],
    });
    expect(categoryChoice(board, 'Printers')).toEqual({ kind: 'taken', category: 'Printers' });
  });

  it('takes any text on a board without categories, and refuses other names where it has some', () => {
    expect(categoryChoice([], 'Printers')).toEqual({ kind: 'taken', category: 'Printers' });
    expect(categoryChoice([category('Security')], 'Printers')).toEqual({
      kind: 'notOffered',
      choices: ['Security'],
    });
  });
});
