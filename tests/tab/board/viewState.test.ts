import { describe, expect, it } from 'vitest';
import { filterOf, hasFilters, readViewState, viewStateSearch } from '../../../tab/src/board/viewState';

describe('the board view in the URL', () => {
  it('reads filters, sort, board and open idea, ignoring what it does not know', () => {
    const view = readViewState(
      '?q=vpn&status=planned&tag=remote&category=Devices&mine=true&voted=true&sort=new&idea=01J&boardId=b1&theme=dark',
    );
    expect(view).toEqual({
      boardId: 'b1',
      q: 'vpn',
      status: 'planned',
      category: 'Devices',
      tag: 'remote',
      mine: true,
      voted: true,
      sort: 'new',
      ideaId: '01J',
    });
    expect(readViewState('?status=nonsense&sort=worst&mine=yes')).toMatchObject({
      status: 'open',
      sort: 'top',
      mine: false,
    });
  });

  it('writes only what differs from the defaults, and keeps other parameters', () => {
    const view = readViewState('');
    expect(viewStateSearch(view)).toBe('');
    expect(viewStateSearch({ ...view, q: 'dark mode', sort: 'trending' }, '?theme=dark')).toBe(
      '?theme=dark&q=dark+mode&sort=trending',
    );
    const round = readViewState(viewStateSearch({ ...view, tag: 'a&b=c', voted: true }));
    expect(round).toMatchObject({ tag: 'a&b=c', voted: true });
  });

  it('asks the API for exactly the filters set', () => {
    expect(filterOf(readViewState('?q=%20vpn%20&voted=true'))).toEqual({
      sort: 'top',
      status: 'open',
      q: 'vpn',
      voted: true,
    });
  });

  it('shows open ideas unless told otherwise: finished ones and every status are one choice away', () => {
    expect(readViewState('').status).toBe('open');
    expect(filterOf(readViewState('?status=finished'))).toEqual({ sort: 'top', status: 'finished' });
    expect(filterOf(readViewState('?status=all'))).toEqual({ sort: 'top' });
    expect(viewStateSearch({ ...readViewState(''), status: 'all' })).toBe('?status=all');
    expect(viewStateSearch(readViewState('?status=open'))).toBe('');
    expect(hasFilters(readViewState(''))).toBe(false);
    expect(hasFilters(readViewState('?status=finished'))).toBe(true);
  });
});
