// @vitest-environment jsdom
import '../support/jsdomSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Inbox, InboxItem, IdeaView } from '@ideabar/core';
import { InboxPage } from '../../../tab/src/triage/InboxPage';
import { anIdea, FakeIdeaBar } from '../support/fakeIdeaBar';
import { renderWithApi } from '../support/renderWithApi';
import { aSavedResponse, answerSavedResponses } from '../support/savedResponses';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

const waiting = (idea: IdeaView, sla: InboxItem['sla'], days: number): InboxItem => ({
  idea,
  sla,
  waitingBusinessDays: days,
  dueAt: '2026-11-30T09:00:00.000Z',
});

let server: FakeIdeaBar;
let items: InboxItem[];
beforeEach(() => {
  server = new FakeIdeaBar([]).install();
  items = [
    waiting(anIdea('Printer queue that works', { boardId: 'field' }), 'overdue', 7.5),
    waiting(anIdea('Second monitor', { itPartner: { id: 'alex', name: 'Alex Wilber' } }), 'due_soon', 2.6),
    waiting(anIdea('Shared room calendar'), 'on_time', 0.4),
  ];
  server.when('GET', /^\/api\/inbox$/, (call) => ({
    status: 200,
    body: {
      slaBusinessDays: 3,
      items: call.query.get('mine') === 'true' ? items.filter((item) => item.idea.itPartner) : items,
    } satisfies Inbox,
  }));
});

const renderInbox = (onOpenIdea = vi.fn()) =>
  renderWithApi(
    <InboxPage
      boardNames={new Map([['field', 'Field service']])}
      locale="en-US"
      ideaHref={(idea) => `/?idea=${idea.id}`}
      onOpenIdea={onOpenIdea}
    />,
  );

describe('IT’s inbox', () => {
  it('lists the waiting ideas oldest first, with how long they waited and their SLA state', async () => {
    renderInbox();
    const list = await screen.findByRole('list', { name: 'Ideas waiting for a first answer' });
    const entries = within(list).getAllByRole('listitem');
    expect(entries.map((entry) => within(entry).getAllByRole('link')[0]?.textContent)).toEqual([
      'Printer queue that works',
      'Second monitor',
      'Shared room calendar',
    ]);
    expect(within(entries[0]!).getByText('Overdue')).toBeTruthy();
    expect(within(entries[0]!).getByText('Waiting 7.5 business days')).toBeTruthy();
    expect(within(entries[0]!).getByText('Field service')).toBeTruthy();
    expect(within(entries[1]!).getByText('Due soon')).toBeTruthy();
    expect(within(entries[1]!).getByText('IT partner: Alex Wilber')).toBeTruthy();
    expect(within(entries[2]!).getByText('Within SLA')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      '3 waiting, oldest first; 1 past the 3-business-day SLA.',
    );
  });

  it('keeps to the ideas I partner on when asked', async () => {
    renderInbox();
    await screen.findByRole('list', { name: 'Ideas waiting for a first answer' });
    await userEvent.click(screen.getByRole('switch', { name: 'Only ideas I partner on' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(
      server
        .callsTo('GET', /^\/api\/inbox$/)
        .at(-1)
        ?.query.get('mine'),
    ).toBe('true');
  });

  it('answers in public in one click, without moving the status, and the idea leaves the inbox', async () => {
    const first = items[0]!.idea;
    server.when('POST', /\/answer$/, {
      status: 200,
      body: { ...first, firstResponseAt: '2026-12-01T09:00:00Z' },
    });
    renderInbox();
    const list = await screen.findByRole('list', { name: 'Ideas waiting for a first answer' });
    const entry = within(list).getAllByRole('listitem')[0]!;
    await userEvent.click(within(entry).getByRole('button', { name: 'Answer' }));
    const box = within(entry).getByRole('textbox', { name: /Public answer/ });
    expect(document.activeElement).toBe(box);
    expect(within(entry).getByText(/its status stays New/)).toBeTruthy();
    await userEvent.click(within(entry).getByRole('button', { name: 'Post answer' }));
    expect(within(entry).getByText('Write the answer people will read.')).toBeTruthy();
    expect(server.callsTo('POST', /\/answer$/)).toHaveLength(0);
    await userEvent.type(box, 'Which floor? We will look at the queue this week.');
    await userEvent.click(within(entry).getByRole('button', { name: 'Post answer' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(server.callsTo('POST', /\/answer$/)[0]).toMatchObject({
      path: `/api/ideas/${first.id}/answer`,
      body: { response: 'Which floor? We will look at the queue this week.' },
    });
    expect(await screen.findByText(/Answer posted/)).toBeTruthy();
  });

  it('puts the API’s message on the answer box, and keeps what was typed', async () => {
    server.when('POST', /\/answer$/, {
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: 'x',
          fields: [{ field: 'response', message: 'Use at most 2,000 characters.' }],
        },
      },
    });
    renderInbox();
    const list = await screen.findByRole('list', { name: 'Ideas waiting for a first answer' });
    const entry = within(list).getAllByRole('listitem')[1]!;
    await userEvent.click(within(entry).getByRole('button', { name: 'Answer' }));
    await userEvent.type(within(entry).getByRole('textbox', { name: /Public answer/ }), 'Soon.');
    await userEvent.click(within(entry).getByRole('button', { name: 'Post answer' }));
    expect(await within(entry).findByText('Use at most 2,000 characters.')).toBeTruthy();
    const box = within(entry).getByRole('textbox', { name: /Public answer/ }) as HTMLTextAreaElement;
    expect(box.value).toBe('Soon.');
    // Focus goes back to the answer, where its message is read out.
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('fills the answer from a saved response of the idea’s board, which IT edits before posting', async () => {
    const first = items[0]!.idea;
    answerSavedResponses(server, 'field', [
      aSavedResponse('r1', 'Collecting', 'Thanks! We are collecting requests like this one.'),
      aSavedResponse('r2', 'Use the portal', 'The self-service portal does this today.'),
    ]);
    server.when('POST', /\/answer$/, {
      status: 200,
      body: { ...first, firstResponseAt: '2026-12-01T09:00:00Z' },
    });
    renderInbox();
    const list = await screen.findByRole('list', { name: 'Ideas waiting for a first answer' });
    const entry = within(list).getAllByRole('listitem')[0]!;
    await userEvent.click(within(entry).getByRole('button', { name: 'Answer' }));
    await userEvent.click(
      await within(entry).findByRole('combobox', { name: /Start from a saved response/ }),
    );
    await userEvent.click(await screen.findByRole('option', { name: /^Use the portal/ }));
    const box = within(entry).getByRole('textbox', { name: /Public answer/ }) as HTMLTextAreaElement;
    expect(box.value).toBe('The self-service portal does this today.');
    await waitFor(() => expect(document.activeElement).toBe(box));
    await userEvent.type(box, ' Ask for “Printers”.');
    await userEvent.click(within(entry).getByRole('button', { name: 'Post answer' }));
    await waitFor(() => expect(server.callsTo('POST', /\/answer$/)).toHaveLength(1));
    expect(server.callsTo('POST', /\/answer$/)[0]?.body).toEqual({
      response: 'The self-service portal does this today. Ask for “Printers”.',
    });
    // The keyboard goes on to the next waiting idea, whose entry took the answered one's place.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(within(list).getAllByRole('listitem')[0]!).getByRole('button', { name: 'Answer' }),
      ),
    );
  });

  it('says where saved responses come from when the board has none', async () => {
    answerSavedResponses(server, 'default', []);
    renderInbox();
    const list = await screen.findByRole('list', { name: 'Ideas waiting for a first answer' });
    const entry = within(list).getAllByRole('listitem')[1]!;
    await userEvent.click(within(entry).getByRole('button', { name: 'Answer' }));
    expect(await within(entry).findByText(/IT members add common answers in Settings/)).toBeTruthy();
    expect(within(entry).queryByRole('combobox')).toBeNull();
  });

  it('explains an empty inbox, and leads from “only mine” back to every waiting idea', async () => {
    items = items.map((item) => ({ ...item, idea: { ...item.idea, itPartner: null } }));
    renderInbox();
    await screen.findByRole('list', { name: 'Ideas waiting for a first answer' });
    await userEvent.click(screen.getByRole('switch', { name: 'Only ideas I partner on' }));
    expect(await screen.findByText('No idea you partner on is waiting for a first answer.')).toBeTruthy();
    expect(screen.getByText(/until IT answers them in public or moves their status/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show every waiting idea' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
    expect(
      (screen.getByRole('switch', { name: 'Only ideas I partner on' }) as HTMLInputElement).checked,
    ).toBe(false);
  });

  it('opens an idea in full from its title', async () => {
    const onOpenIdea = vi.fn();
    renderInbox(onOpenIdea);
    await userEvent.click(await screen.findByRole('link', { name: 'Second monitor' }));
    expect(onOpenIdea).toHaveBeenCalledWith(items[1]!.idea);
  });
});
