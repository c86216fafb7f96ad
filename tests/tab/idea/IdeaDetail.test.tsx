// @vitest-environment jsdom
import { clipboard } from '../support/jsdomSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Toaster } from '@fluentui/react-components';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IdeaStore } from '../../../tab/src/shared/ideaStore';
import { IdeaDetail } from '../../../tab/src/idea/IdeaDetail';
import { anIdea, FakeIdeaBar } from '../support/fakeIdeaBar';
import { renderWithApi, standaloneHost } from '../support/renderWithApi';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

const XSS =
  '<script>window.hacked=1</script>[click me](javascript:alert(1)) <a href="javascript:alert(2)">x</a>';
let server: FakeIdeaBar;
let ideaId: string;
beforeEach(() => {
  const idea = anIdea('Self-service VPN access', {
    itPartner: { id: 'grace', name: 'Grace Hopper' },
    sponsor: { id: 'ceo', name: 'Dana Scully' },
    description: `Line one\nLine two ${XSS}`,
    commentCount: 1,
  });
  ideaId = idea.id;
  server = new FakeIdeaBar([idea]).install();
  server.history.set(idea.id, [
    {
      id: 'h1',
      from: null,
      to: 'new',
      by: { id: 'alan', name: 'Alan Turing' },
      at: idea.createdAt,
      response: null,
      kind: 'submitted',
      decline: null,
    },
    {
      id: 'h2',
      from: 'new',
      to: 'planned',
      by: { id: 'grace', name: 'Grace Hopper' },
      at: idea.createdAt,
      response: 'We will pilot it in Q1.',
      kind: 'triage',
      decline: null,
    },
    {
      id: 'h3',
      from: 'planned',
      to: 'declined',
      by: { id: 'grace', name: 'Grace Hopper' },
      at: idea.createdAt,
      response: 'Not this year.',
      kind: 'triage',
      decline: {
        constraint: 'security',
        rule: 'Policy SEC-12: no split tunnels',
        pathToYes: 'Use the new ZTNA client.',
      },
    },
  ]);
  server.comments.set(idea.id, [
    {
      id: 'c1',
      ideaId: idea.id,
      author: { id: 'ada', name: 'Ada Lovelace' },
      text: XSS,
      createdAt: idea.createdAt,
    },
  ]);
});

function renderDetail(onNotice = vi.fn()) {
  const store = new IdeaStore();
  renderWithApi(
    <>
      <IdeaDetail
        ideaId={ideaId}
        store={store}
        host={standaloneHost}
        onClose={vi.fn()}
        onVote={vi.fn()}
        onNotice={onNotice}
      />
      <Toaster />
    </>,
  );
  return { store, onNotice };
}

describe('the idea detail', () => {
  it('shows the full description, the status history with IT’s responses, and the comments, as text', async () => {
    renderDetail();
    const dialog = await screen.findByRole('dialog', { name: 'Idea: Self-service VPN access' });
    expect(within(dialog).getByText(/Line one\s+Line two/)).toBeTruthy();
    expect(await within(dialog).findByText('We will pilot it in Q1.')).toBeTruthy();
    expect(within(dialog).getByText('IT partner').nextElementSibling?.textContent).toBe('Grace Hopper');
    expect(within(dialog).getByText('Business sponsor').nextElementSibling?.textContent).toBe('Dana Scully');
    expect(within(dialog).getByText('New → Planned')).toBeTruthy();
    expect(within(dialog).getByText('Declined for security: Policy SEC-12: no split tunnels')).toBeTruthy();
    expect(within(dialog).getByText('What would make it a yes: Use the new ZTNA client.')).toBeTruthy();
    const comments = within(dialog).getByRole('region', { name: '1 comment' });
    expect(await within(comments).findByText(XSS)).toBeTruthy();
    expect(dialog.querySelector('script')).toBeNull();
    expect(within(dialog).queryByRole('link', { name: /click me|^x$/ })).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('adds a comment and counts it', async () => {
    const { onNotice } = renderDetail();
    const dialog = await screen.findByRole('dialog', { name: 'Idea: Self-service VPN access' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Add a comment' }), 'Yes please');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Post comment' }));
    expect(await within(dialog).findByText('Yes please')).toBeTruthy();
    // The box is empty as the comment shows: the two never say the same words at once.
    expect(within(dialog).getByRole('textbox', { name: 'Add a comment' })).toHaveProperty('value', '');
    expect(within(dialog).getByRole('region', { name: '2 comments' })).toBeTruthy();
    expect(onNotice).toHaveBeenCalledWith('Comment posted.');
  });

  it('shows the API’s message for the comment beside the box', async () => {
    server.when('POST', /\/comments$/, {
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: 'x',
          fields: [{ field: 'text', message: 'Remove the control characters.' }],
        },
      },
    });
    renderDetail();
    const dialog = await screen.findByRole('dialog', { name: 'Idea: Self-service VPN access' });
    const box = within(dialog).getByRole('textbox', { name: 'Add a comment' });
    await userEvent.type(box, 'Hmm');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Post comment' }));
    expect(await within(dialog).findByText('Remove the control characters.')).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('copies a link that opens this idea', async () => {
    const { onNotice } = renderDetail();
    const dialog = await screen.findByRole('dialog', { name: 'Idea: Self-service VPN access' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    await waitFor(() =>
      expect(clipboard.writeText).toHaveBeenCalledWith(`http://localhost:3000/?idea=${ideaId}`),
    );
    expect(onNotice).toHaveBeenCalledWith(expect.stringMatching(/^Link copied/));
  });

  it('pages through a long conversation, oldest first', async () => {
    server.comments.set(
      ideaId,
      Array.from({ length: 130 }, (_, n) => ({
        id: `c${n}`,
        ideaId,
        author: { id: 'ada', name: 'Ada Lovelace' },
        text: `Comment number ${n}`,
        createdAt: '2026-11-20T09:00:00.000Z',
      })),
    );
    renderDetail();
    const dialog = await screen.findByRole('dialog', { name: 'Idea: Self-service VPN access' });
    await within(dialog).findByText('Comment number 99');
    expect(within(dialog).queryByText('Comment number 100')).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Show more comments' }));
    expect(await within(dialog).findByText('Comment number 129')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Show more comments' })).toBeNull();
  });

  it('says so when the idea is gone', async () => {
    server.ideas = [];
    renderDetail();
    expect(
      await screen.findByText("Couldn't open this idea. It no longer exists or was moved."),
    ).toBeTruthy();
  });
});
