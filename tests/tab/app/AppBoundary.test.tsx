// @vitest-environment jsdom
import '../support/jsdomSetup';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppBoundary } from '../../../tab/src/app/AppBoundary';

describe('AppBoundary', () => {
  it('turns a rendering fault into a message with a retry that renders the tab afresh', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let broken = true;
    function Board() {
      if (broken) throw new RangeError('Incorrect locale information provided');
      return <p>The board</p>;
    }
    render(
      <AppBoundary>
        <Board />
      </AppBoundary>,
    );
    expect(screen.getByText('IdeaBar ran into a problem.')).toBeTruthy();
    expect(screen.queryByText(/Incorrect locale/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The board')).toBeTruthy();
    expect(screen.queryByText('IdeaBar ran into a problem.')).toBeNull();
  });
});
