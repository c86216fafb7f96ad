// @vitest-environment jsdom
import '../support/jsdomSetup';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SubmitIdeaForm } from '../../../tab/src/board/SubmitIdeaForm';
import { aBoard, anIdea, FakeIdeaBar } from '../support/fakeIdeaBar';
import { renderWithApi } from '../support/renderWithApi';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

let server: FakeIdeaBar;
beforeEach(() => {
  server = new FakeIdeaBar([anIdea('Self-service VPN access', { votes: 12 }), anIdea('Dark mode')]).install();
});

const handlers = () => ({ onClose: vi.fn(), onSubmitted: vi.fn(), onOpenIdea: vi.fn() });

describe('the submit form', () => {
  it('offers exactly the board’s active categories, and free text only on a board without any', async () => {
    const category = (id: string, name: string, retired = false) => ({ id, name, retired });
    server.boards.push(
      aBoard('field', 'Field service', {
        categories: [category('c1', 'Scheduling'), category('c2', 'Old stuff', true), category('c3', 'Vans')],
      }),
    );
    const on = handlers();
    const { unmount } = renderWithApi(<SubmitIdeaForm open boardId="field" {...on} similarDelayMs={0} />);
    const dialog = screen.getByRole('dialog', { name: 'Share an idea' });
    const picker = await within(dialog).findByRole('combobox', { name: /Category/ });
    expect(within(dialog).queryByRole('textbox', { name: /Category/ })).toBeNull();
    await userEvent.click(picker);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'No category',
      'Scheduling',
      'Vans',
    ]);
    await userEvent.click(screen.getByRole('option', { name: 'Vans' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'Van stock on the phone');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Description/ }),
      'See what is in the van.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Post idea' }));
    await waitFor(() => expect(on.onSubmitted).toHaveBeenCalled());
    expect(server.callsTo('POST', /^\/api\/ideas$/)[0]?.body).toMatchObject({
      boardId: 'field',
      category: 'Vans',
    });
    unmount();

    // The default board has no categories: people type their own, and nothing is suggested.
    renderWithApi(<SubmitIdeaForm open {...handlers()} similarDelayMs={0} />);
    const typed = await screen.findByRole('textbox', { name: /Category/ });
    expect(typed.getAttribute('list')).toBeNull();
    expect(screen.queryByRole('combobox', { name: /Category/ })).toBeNull();
  });

  it('shows the API’s field-level messages beside the inputs they belong to', async () => {
    server.when('POST', /^\/api\/ideas$/, {
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: '2 fields need attention.',
          fields: [
            { field: 'title', message: 'Use at least 3 characters.' },
            { field: 'tags.1', message: 'Use at most 30 characters.' },
          ],
        },
      },
    });
    const on = handlers();
    renderWithApi(<SubmitIdeaForm open {...on} similarDelayMs={0} />);
    const dialog = screen.getByRole('dialog', { name: 'Share an idea' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'Hi');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Description/ }), 'Something useful');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Tags/ }), 'ok, ' + 'x'.repeat(31));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Post idea' }));

    const title = await within(dialog).findByRole('textbox', { name: /Title/ });
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('Use at least 3 characters.')).toBeTruthy();
    expect(title.getAttribute('aria-describedby')).toBeTruthy();
    const described = document.getElementById(title.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
    expect(described?.textContent).toContain('Use at least 3 characters.');
    expect(within(dialog).getByText('Use at most 30 characters.')).toBeTruthy();
    expect(
      within(dialog)
        .getByRole('textbox', { name: /Description/ })
        .getAttribute('aria-invalid'),
    ).not.toBe('true');
    expect(on.onSubmitted).not.toHaveBeenCalled();
    expect(server.callsTo('POST', /^\/api\/ideas$/)[0]?.body).toEqual({
      title: 'Hi',
      description: 'Something useful',
      tags: ['ok', 'x'.repeat(31)],
    });
  });

  it('shows the API’s field problems in the reader’s language, by the kind the API names', async () => {
    server.when('POST', /^\/api\/ideas$/, {
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: '1 field needs attention.',
          fields: [{ field: 'title', message: 'Use at least 3 characters.', problem: 'too_short', limit: 3 }],
        },
      },
    });
    renderWithApi(<SubmitIdeaForm open {...handlers()} similarDelayMs={0} />, { locale: 'de-DE' });
    const dialog = screen.getByRole('dialog', { name: 'Eine Idee teilen' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Titel/ }), 'Hi');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Beschreibung/ }), 'Etwas Nützliches');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Idee veröffentlichen' }));
    expect(await within(dialog).findByText('Verwenden Sie mindestens 3 Zeichen.')).toBeTruthy();
    expect(within(dialog).queryByText('Use at least 3 characters.')).toBeNull();
  });

  it('says what is missing before asking the API', async () => {
    const on = handlers();
    renderWithApi(<SubmitIdeaForm open {...on} />);
    await userEvent.click(screen.getByRole('button', { name: 'Post idea' }));
    expect(screen.getByText('Give your idea a title.')).toBeTruthy();
    expect(screen.getByText('Describe the idea and why it would help.')).toBeTruthy();
    expect(server.callsTo('POST', /^\/api\/ideas$/)).toHaveLength(0);
  });

  it('holds the API’s limits in the inputs', () => {
    renderWithApi(<SubmitIdeaForm open {...handlers()} />);
    expect(screen.getByRole('textbox', { name: /Title/ }).getAttribute('maxlength')).toBe('120');
    expect(screen.getByRole('textbox', { name: /Description/ }).getAttribute('maxlength')).toBe('4000');
    expect(screen.getByRole('textbox', { name: /Category/ }).getAttribute('maxlength')).toBe('60');
  });

  it('shows similar ideas while the title is typed, to vote for instead', async () => {
    const on = handlers();
    renderWithApi(<SubmitIdeaForm open {...on} similarDelayMs={0} />);
    await userEvent.type(screen.getByRole('textbox', { name: /Title/ }), 'Better VPN for travel');
    const similar = await screen.findByRole('region', { name: 'Similar ideas already on the board' });
    expect(
      within(similar)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Self-service VPN access']);
    await userEvent.click(within(similar).getByRole('link', { name: 'Self-service VPN access' }));
    expect(on.onOpenIdea).toHaveBeenCalledWith(server.ideas[0]?.id);
    expect(server.callsTo('GET', /^\/api\/ideas$/)).toHaveLength(0);
  });

  it('asks the API for similar ideas once the title rests, not per word or keystroke', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderWithApi(<SubmitIdeaForm open boardId="team-a" {...handlers()} similarDelayMs={300} />);
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Dark mode everywhere');
      expect(server.callsTo('GET', /^\/api\/similar-ideas$/)).toHaveLength(0);
      await act(() => vi.advanceTimersByTimeAsync(300));
      const calls = server.callsTo('GET', /^\/api\/similar-ideas$/);
      expect(calls.map((call) => Object.fromEntries(call.query))).toEqual([
        { title: 'Dark mode everywhere', boardId: 'team-a', limit: '5' },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows no similar ideas when the lookup fails, and the form still works', async () => {
    server.when('GET', /^\/api\/similar-ideas$/, 'network');
    const on = handlers();
    renderWithApi(<SubmitIdeaForm open {...on} similarDelayMs={0} />);
    await userEvent.type(screen.getByRole('textbox', { name: /Title/ }), 'Better VPN for travel');
    await waitFor(() => expect(server.callsTo('GET', /^\/api\/similar-ideas$/).length).toBeGreaterThan(0));
    expect(screen.queryByRole('region', { name: 'Similar ideas already on the board' })).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: /Description/ }), 'On the road.');
    await userEvent.click(screen.getByRole('button', { name: 'Post idea' }));
    await waitFor(() => expect(on.onSubmitted).toHaveBeenCalledOnce());
  });

  it('posts the idea and hands it back', async () => {
    const on = handlers();
    renderWithApi(<SubmitIdeaForm open boardId="team-a" {...on} />);
    await userEvent.type(screen.getByRole('textbox', { name: /Title/ }), 'Standing desks');
    await userEvent.type(screen.getByRole('textbox', { name: /Description/ }), 'For the back.');
    await userEvent.type(screen.getByRole('textbox', { name: /Category/ }), 'Facilities');
    await userEvent.click(screen.getByRole('button', { name: 'Post idea' }));
    await waitFor(() => expect(on.onSubmitted).toHaveBeenCalledOnce());
    expect(server.callsTo('POST', /^\/api\/ideas$/)[0]?.body).toEqual({
      title: 'Standing desks',
      description: 'For the back.',
      category: 'Facilities',
      boardId: 'team-a',
    });
  });

  it('tells people what to do when the API cannot be reached', async () => {
    server.when('POST', /^\/api\/ideas$/, 'network');
    renderWithApi(<SubmitIdeaForm open {...handlers()} />);
    await userEvent.type(screen.getByRole('textbox', { name: /Title/ }), 'Standing desks');
    await userEvent.type(screen.getByRole('textbox', { name: /Description/ }), 'For the back.');
    await userEvent.click(screen.getByRole('button', { name: 'Post idea' }));
    expect(
      await screen.findByText(
        "Couldn't post your idea. IdeaBar can't be reached. Check your connection and try again.",
      ),
    ).toBeTruthy();
  });
});
