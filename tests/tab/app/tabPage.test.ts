import { describe, expect, it } from 'vitest';
import { ideaOnBoardSearch, readTabPage, tabPageSearch } from '../../../tab/src/app/tabPage';

describe('the page in the URL', () => {
  it('reads ?page=, and opens the board for none or one it does not know', () => {
    expect(readTabPage('?page=insights&boardId=b1')).toBe('insights');
    expect(readTabPage('?page=roadmap')).toBe('roadmap');
    expect(readTabPage('?page=settings')).toBe('settings');
    expect(readTabPage('')).toBe('board');
    expect(readTabPage('?page=admin')).toBe('board');
  });

  it('goes to another page keeping the board and every page’s filters, but not the open idea', () => {
    expect(tabPageSearch('insights', '?boardId=b1&q=vpn&idea=01J')).toBe('?boardId=b1&q=vpn&page=insights');
    expect(tabPageSearch('board', '?page=insights&period=90d')).toBe('?period=90d');
    expect(tabPageSearch('board', '?page=roadmap')).toBe('');
  });

  it('opens an idea on its own board page', () => {
    expect(ideaOnBoardSearch({ id: '01J', boardId: 'team-1' }, '?page=roadmap&theme=dark')).toBe(
      '?theme=dark&boardId=team-1&idea=01J',
    );
  });
});
