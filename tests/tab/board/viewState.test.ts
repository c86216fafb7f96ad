import { describe, expect, it } from 'vitest';
import {
  cycleViewChange,
  filterOf,
  hasFilters,
  readViewState,
  viewStateSearch,
} from '../../../tab/src/board/viewState';

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
      shortlist: false,
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

  it('keeps a planning cycle and its shortlist, and reads a shortlist without a cycle as nothing', () => {
    const view = readViewState('?cycle=q1&shortlist=true&status=all');
    expect(view).toMatchObject({ cycleId: 'q1', shortlist: true, status: 'all' });
    expect(filterOf(view)).toEqual({ sort: 'top', cycleId: 'q1', shortlist: true });
    expect(viewStateSearch(view)).toBe('?status=all&cycle=q1&shortlist=true');
    expect(readViewState('?shortlist=true')).toMatchObject({ cycleId: undefined, shortlist: false });
    expect(viewStateSearch({ ...readViewState(''), shortlist: true })).toBe('');
    expect(hasFilters(readViewState('?cycle=q1'))).toBe(true);
  });

  it('turns a cycle’s view on in every status (its shortlist by votes), and off back to the open ideas', () => {
    const board = readViewState('?sort=new');
    expect(cycleViewChange(board, 'q1', false)).toEqual({ cycleId: 'q1', shortlist: false, status: 'all' });
    expect(cycleViewChange(board, 'q1', true)).toEqual({
      cycleId: 'q1',
      shortlist: true,
      status: 'all',
      sort: 'top',
    });
    const shortlist = readViewState('?status=all&cycle=q1&shortlist=true');
    expect(cycleViewChange(shortlist, 'q1', true)).toEqual({
      cycleId: undefined,
      shortlist: false,
      status: 'open',
    });
    expect(cycleViewChange(shortlist, 'q1', false)).toMatchObject({ cycleId: 'q1', shortlist: false });
  });
});
