// @vitest-environment jsdom
import '../support/jsdomSetup';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BoardFilters } from '../../../tab/src/board/BoardFilters';
import { readViewState, type ViewState } from '../../../tab/src/board/viewState';
import { renderWithApi } from '../support/renderWithApi';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

afterEach(() => vi.useRealTimers());

const view = (search = ''): ViewState => readViewState(search);

describe('the board filters', () => {
  it('search only once typing pauses, with the whole text', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const onChange = vi.fn();
    renderWithApi(
      <BoardFilters view={view()} categories={[]} tags={[]} onChange={onChange} searchDelayMs={300} />,
    );
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.type(screen.getByRole('searchbox', { name: 'Search ideas' }), 'laptop');
    expect(onChange).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(onChange.mock.calls).toEqual([[{ q: 'laptop' }]]);
  });

  it('offer every status, the board’s categories and tags with their counts, mine, I voted and the sorts', async () => {
    const onChange = vi.fn();
    renderWithApi(
      <BoardFilters
        view={view()}
        categories={[
          { name: 'Devices', ideas: 4, retired: false },
          { name: 'Security', ideas: 2, retired: false },
          { name: 'Printers', ideas: 1, retired: true },
        ]}
        tags={[
          { name: 'vpn', ideas: 3 },
          { name: 'laptops', ideas: 1 },
        ]}
        onChange={onChange}
      />,
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Open ideas',
      'Delivered, declined, duplicate',
      'All statuses',
      'New',
      'Under review',
      'Planned',
      'In progress',
      'Delivered',
      'Declined',
      'Duplicate',
    ]);
    await userEvent.click(screen.getByRole('option', { name: 'Delivered' }));
    expect(onChange).toHaveBeenLastCalledWith({ status: 'delivered' });
    await userEvent.click(screen.getByRole('combobox', { name: 'Category' }));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'All categories',
      'Devices (4)',
      'Security (2)',
      'Printers (retired, 1)',
    ]);
    await userEvent.click(screen.getByRole('option', { name: 'Security (2)' }));
    expect(onChange).toHaveBeenLastCalledWith({ category: 'Security' });
    await userEvent.click(screen.getByRole('combobox', { name: 'Tag' }));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'All tags',
      '#vpn (3)',
      '#laptops (1)',
    ]);
    await userEvent.click(screen.getByRole('option', { name: '#vpn (3)' }));
    expect(onChange).toHaveBeenLastCalledWith({ tag: 'vpn' });
    await userEvent.click(screen.getByRole('button', { name: 'I voted' }));
    expect(onChange).toHaveBeenLastCalledWith({ voted: true });
    await userEvent.click(screen.getByRole('combobox', { name: 'Sort by' }));
    await userEvent.click(screen.getByRole('option', { name: 'IT priority' }));
    expect(onChange).toHaveBeenLastCalledWith({ sort: 'priority' });
  });

  it('keep offering a category or tag from a shared link that the board no longer counts', async () => {
    renderWithApi(
      <BoardFilters
        view={view('?category=Printers&tag=old')}
        categories={[{ name: 'Devices', ideas: 4, retired: false }]}
        tags={[{ name: 'vpn', ideas: 3 }]}
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Category' }).textContent).toContain('Printers');
    expect(screen.getByRole('combobox', { name: 'Tag' }).textContent).toContain('#old');
    await userEvent.click(screen.getByRole('combobox', { name: 'Tag' }));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'All tags',
      '#old (0)',
      '#vpn (3)',
    ]);
  });

  it('show the active view, and clear it in one go', async () => {
    const onChange = vi.fn();
    renderWithApi(
      <BoardFilters
        view={view('?q=vpn&status=planned&tag=remote&mine=true')}
        categories={[]}
        tags={[]}
        onChange={onChange}
      />,
    );
    expect((screen.getByRole('searchbox', { name: 'Search ideas' }) as HTMLInputElement).value).toBe('vpn');
    expect(screen.getByRole('combobox', { name: 'Status' }).textContent).toContain('Planned');
    expect(screen.getByRole('button', { name: 'Mine' }).getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Remove the tag filter remote' }));
    expect(onChange).toHaveBeenLastCalledWith({ tag: undefined });
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange).toHaveBeenLastCalledWith({
      q: '',
      status: 'open',
      category: undefined,
      tag: undefined,
      mine: false,
      voted: false,
      cycleId: undefined,
      shortlist: false,
    });
  });
});
