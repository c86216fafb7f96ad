// @vitest-environment jsdom
import '../support/jsdomSetup';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { VoteButton } from '../../../tab/src/shared/VoteButton';
import { renderWithApi } from '../support/renderWithApi';

describe('VoteButton', () => {
  it('is a toggle named after the idea, pressed when the person has voted', async () => {
    const onToggle = vi.fn();
    renderWithApi(<VoteButton ideaTitle="Self-service VPN" votes={12} myVote={false} onToggle={onToggle} />);
    const button = screen.getByRole('button', { name: 'Vote for Self-service VPN, 12 votes' });
    expect(button).toHaveProperty('ariaPressed', 'false');
    await userEvent.click(button);
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('shows the vote as pressed and can be used from the keyboard', async () => {
    const onToggle = vi.fn();
    renderWithApi(<VoteButton ideaTitle="Dark mode" votes={1} myVote onToggle={onToggle} />);
    const button = screen.getByRole('button', { name: 'Vote for Dark mode, 1 vote' });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onToggle).toHaveBeenCalledTimes(2);
  });
});
