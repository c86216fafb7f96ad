// @vitest-environment jsdom
import '../support/jsdomSetup';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IdeaView, Me, StatusChangeView } from '@ideabar/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IdeaStore } from '../../../tab/src/shared/ideaStore';
import { IdeaDetail } from '../../../tab/src/idea/IdeaDetail';
import { IdeaRow } from '../../../tab/src/board/IdeaRow';
import { anIdea, FakeIdeaBar } from '../support/fakeIdeaBar';
import { answerTriage, IT_MEMBER } from '../support/fakeTriage';
import { renderWithApi, standaloneHost } from '../support/renderWithApi';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

const AUTHOR: Me = { tenantId: 'contoso', userId: 'alan', name: 'Alan Turing', roles: ['employee'] };
const DECLINE = {
  constraint: 'security',
  rule: 'Policy SEC-12: no split tunnels',
  pathToYes: 'Use the ZTNA client, available to everyone today.',
} as const;

let server: FakeIdeaBar;
let caller: Me;
beforeEach(() => {
  server = new FakeIdeaBar().install();
  caller = IT_MEMBER;
  answerTriage(server, () => caller);
});

const declined = (extra: Partial<IdeaView> = {}): IdeaView => {
  const idea = anIdea('Self-service VPN access', { status: 'declined', decline: { ...DECLINE }, ...extra });
  const history: StatusChangeView[] = [
    {
      id: 'h1',
      from: 'new',
      to: 'declined',
      by: { id: IT_MEMBER.userId, name: IT_MEMBER.name },
      at: idea.createdAt,
      response: 'Not with split tunnels.',
      kind: 'triage',
      decline: { ...DECLINE },
    },
  ];
  server.history.set(idea.id, history);
  return idea;
};

/** The idea open in detail as `me` (GET /api/me; Megan when not given), beside its row on the board. */
function open(idea: IdeaView, me?: Me, others: IdeaView[] = []) {
  server.ideas = [idea, ...others];
  if (me) server.me = me;
  const store = new IdeaStore();
  const onNotice = vi.fn();
  const onOpenIdea = vi.fn();
  renderWithApi(
    <>
      <IdeaRow ideaId={idea.id} store={store} onVote={vi.fn()} onOpen={vi.fn()} onTag={vi.fn()} />
      <IdeaDetail
        ideaId={idea.id}
        store={store}
        host={standaloneHost}
        onClose={vi.fn()}
        onVote={vi.fn()}
        onNotice={onNotice}
        onOpenIdea={onOpenIdea}
      />
    </>,
  );
  return { store, onNotice, onOpenIdea };
}

const detail = () => screen.findByRole('dialog', { name: /^Idea: / });
/** The board row sits behind the modal drawer, hidden from the accessibility tree while it is open. */
const row = () => screen.getByRole('article', { hidden: true });

describe('where an idea stands, for everyone', () => {
  it('tells a decline as what would get it to yes, and offers someone else no triage at all', async () => {
    open(declined());
    const dialog = await detail();
    const yes = await within(dialog).findByRole('region', { name: 'What would get this to yes' });
    expect(within(yes).getByText(DECLINE.pathToYes)).toBeTruthy();
    expect(within(yes).getByText('Security')).toBeTruthy();
    expect(within(yes).getByText(DECLINE.rule)).toBeTruthy();
    const response = within(dialog).getByRole('figure', { name: 'IT’s latest response' });
    expect(within(response).getByText('Not with split tunnels.')).toBeTruthy();
    expect(within(response).getByText(/^Alex Wilber, .* \(Declined\)$/)).toBeTruthy();

    // Megan (GET /api/me) is neither IT nor the author.
    await waitFor(() => expect(server.callsTo('GET', /^\/api\/me$/)).toHaveLength(1));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(within(dialog).queryByRole('region', { name: /Triage/ })).toBeNull();
    expect(within(dialog).queryByRole('radiogroup')).toBeNull();
    expect(within(dialog).queryByRole('combobox')).toBeNull();
    expect(
      within(dialog).queryByRole('button', { name: /Appeal|Change status|Save|Merge|Approve/ }),
    ).toBeNull();
    expect(
      within(dialog)
        .getAllByRole('textbox')
        .map((box) => box.getAttribute('aria-label') ?? box.id),
    ).toHaveLength(1);
    expect(within(dialog).getByRole('textbox', { name: 'Add a comment' })).toBeTruthy();
  });

  it('shows the partners, classification and benefits on the idea, and the partners on its row', async () => {
    open(
      anIdea('Self-service VPN access', {
        status: 'delivered',
        itPartner: { id: 'nestor.wilke', name: 'Nestor Wilke' },
        sponsor: { id: 'patti.fernandez', name: 'Patti Fernandez' },
        classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 2, priority: 16 },
        expectedBenefit: { kind: 'hours_saved_per_month', amount: 40, note: 'the help desk' },
        measuredBenefit: { kind: 'hours_saved_per_month', amount: 52, note: null },
      }),
      AUTHOR,
    );
    const dialog = await detail();
    const fact = (term: string) => within(dialog).getByText(term).nextElementSibling?.textContent;
    expect(fact('IT partner')).toBe('Nestor Wilke');
    expect(fact('Business sponsor')).toBe('Patti Fernandez');
    expect(fact('Sourcing')).toBe('Non-core: buy');
    expect(fact('Priority')).toBe('16 of 25 (value 4 of 5, effort 2 of 5)');
    expect(fact('Expected benefit')).toBe('40 hours saved per month (the help desk)');
    expect(fact('Measured benefit')).toBe('52 hours saved per month');
    expect(within(row()).getByText('IT partner: Nestor Wilke')).toBeTruthy();
    expect(within(row()).getByText('Sponsor: Patti Fernandez')).toBeTruthy();
  });

  it('tells the author of a duplicate where to go', async () => {
    const kept = anIdea('VPN profiles for everyone');
    const { onOpenIdea } = open(
      anIdea('Self-service VPN access', { status: 'duplicate', duplicateOf: kept.id }),
      AUTHOR,
      [kept],
    );
    const dialog = await detail();
    const link = await within(dialog).findByRole('link', { name: 'VPN profiles for everyone' });
    expect(link.getAttribute('href')).toBe(`?idea=${kept.id}`);
    expect(within(dialog).getByText(/Its votes moved there/)).toBeTruthy();
    await userEvent.click(link);
    expect(onOpenIdea).toHaveBeenCalledWith(kept.id);
  });
});

describe('the author’s one appeal', () => {
  beforeEach(() => {
    caller = AUTHOR;
  });

  it('is offered on a declined idea, asks why, and puts the idea back under review', async () => {
    const { onNotice } = open(declined(), AUTHOR);
    const dialog = await detail();
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Appeal this decision' }));
    const reason = within(dialog).getByRole('textbox', { name: /Why should IT look at this again/ });
    expect(document.activeElement).toBe(reason);

    expect(within(dialog).getByText(/This is your only appeal of this decision/)).toBeTruthy();
    await userEvent.type(reason, 'Ok');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send appeal' }));
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText(/at least 30 characters .* this is your only appeal\./)).toBeTruthy();
    expect(server.callsTo('POST', /\/appeal$/)).toHaveLength(0);
    expect(document.activeElement).toBe(reason);

    await userEvent.clear(reason);
    await userEvent.type(reason, 'The ZTNA client does not run on our lab machines.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send appeal' }));
    await waitFor(() => expect(onNotice).toHaveBeenCalledWith(expect.stringMatching(/^Your appeal is in/)));
    expect(server.callsTo('POST', /\/appeal$/).at(-1)?.body).toEqual({
      reason: 'The ZTNA client does not run on our lab machines.',
    });
    await within(dialog).findByText(/waiting for IT’s answer/);
    expect(within(dialog).queryByRole('button', { name: 'Appeal this decision' })).toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: 'Where it stands' }));
    // The decision being appealed stays in view, and the row shows the idea back under review.
    expect(within(dialog).getByRole('region', { name: 'What would get this to yes' })).toBeTruthy();
    expect(within(row()).getByText('Under review')).toBeTruthy();
    await within(dialog).findByText(/Declined → Under review \(the author’s appeal\)/);
  });

  it('gives focus back to the button when the appeal is put off', async () => {
    open(declined(), AUTHOR);
    const dialog = await detail();
    const button = await within(dialog).findByRole('button', { name: 'Appeal this decision' });
    await userEvent.click(button);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Appeal this decision' }));
  });

  it('is not offered again once used', async () => {
    open(
      declined({
        appeal: {
          by: { id: AUTHOR.userId, name: AUTHOR.name },
          reason: 'It runs on the lab machines now.',
          at: '2026-11-21T09:00:00.000Z',
          answeredAt: '2026-11-22T09:00:00.000Z',
        },
      }),
      AUTHOR,
    );
    const dialog = await detail();
    expect(await within(dialog).findByText(/The one appeal has been used\./)).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Appeal this decision' })).toBeNull();
  });

  it('is the author’s alone', async () => {
    open(declined(), { ...AUTHOR, userId: 'megan.bowen', name: 'Megan Bowen' });
    const dialog = await detail();
    await within(dialog).findByRole('region', { name: 'What would get this to yes' });
    expect(within(dialog).queryByRole('button', { name: 'Appeal this decision' })).toBeNull();
  });
});

describe('IT’s triage', () => {
  it('moves the idea on, updating the open idea, its row and its history, with a toast', async () => {
    const { onNotice } = open(anIdea('Self-service VPN access'), IT_MEMBER);
    const dialog = await detail();
    const triage = await within(dialog).findByRole('region', { name: /Triage/ });
    await userEvent.click(within(triage).getByRole('radio', { name: 'Under review' }));
    await userEvent.type(within(triage).getByRole('textbox', { name: /Public response/ }), 'Looking at it.');
    await userEvent.click(within(triage).getByRole('button', { name: 'Move to Under review' }));
    await waitFor(() =>
      expect(onNotice).toHaveBeenCalledWith(expect.stringMatching(/^Moved to under review/)),
    );
    expect(within(row()).getByText('Under review')).toBeTruthy();
    await within(dialog).findByText('New → Under review');
    const response = within(dialog).getByRole('figure', { name: 'IT’s latest response' });
    expect(within(response).getByText('Looking at it.')).toBeTruthy();
    // The form now offers the moves from under review, and is empty for the next one.
    expect(within(triage).queryByRole('radio', { name: 'Under review' })).toBeNull();
    expect(within(triage).getByRole('textbox', { name: /Public response/ })).toHaveProperty('value', '');
  });

  it('moves focus into a section when it opens', async () => {
    open(anIdea('Self-service VPN access'), IT_MEMBER);
    const dialog = await detail();
    const triage = await within(dialog).findByRole('region', { name: /Triage/ });
    const header = within(triage).getByRole('button', { name: 'IT partner and sponsor' });
    expect(header.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(header);
    expect(header.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(triage).getByRole('combobox', { name: 'IT partner' })),
    );
  });

  it('classifies with a live priority preview', async () => {
    const { onNotice } = open(anIdea('Self-service VPN access'), IT_MEMBER);
    const dialog = await detail();
    const triage = await within(dialog).findByRole('region', { name: /Triage/ });
    await userEvent.click(within(triage).getByRole('button', { name: 'Classification and priority' }));
    const form = within(triage).getByRole('form', { name: 'Classification' });
    await waitFor(() => expect(document.activeElement).toBe(within(form).getAllByRole('radio')[0]));
    expect(within(form).getByRole('status').textContent).toBe(
      'Priority: score the value and effort to see it.',
    );
    await userEvent.click(within(form).getByRole('radio', { name: /^Non-core/ }));
    expect(within(form).queryAllByRole('radio', { name: /^(Build|Keep in-house)$/ })).toHaveLength(0);
    await userEvent.click(within(form).getByRole('radio', { name: 'Buy' }));
    await userEvent.click(
      within(within(form).getByRole('radiogroup', { name: /Value/ })).getByRole('radio', { name: '4' }),
    );
    await userEvent.click(
      within(within(form).getByRole('radiogroup', { name: /Effort/ })).getByRole('radio', { name: '2' }),
    );
    expect(within(form).getByRole('status').textContent).toBe('Priority: 16 of 25');
    await userEvent.click(within(form).getByRole('button', { name: 'Save classification' }));
    await waitFor(() => expect(onNotice).toHaveBeenCalledWith('Classification saved: priority 16 of 25.'));
    expect(server.callsTo('PUT', /\/classification$/)[0]?.body).toEqual({
      sourcing: 'non_core',
      recommendation: 'buy',
      value: 4,
      effort: 2,
    });
    expect(within(dialog).getByText('Priority').nextElementSibling?.textContent).toBe(
      '16 of 25 (value 4 of 5, effort 2 of 5)',
    );
  });

  it('names an IT partner from the IT members and a sponsor, shown on the row', async () => {
    const { onNotice } = open(anIdea('Self-service VPN access'), IT_MEMBER);
    const dialog = await detail();
    const triage = await within(dialog).findByRole('region', { name: /Triage/ });
    await userEvent.click(within(triage).getByRole('button', { name: 'IT partner and sponsor' }));
    await userEvent.click(within(triage).getByRole('combobox', { name: 'IT partner' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Nestor Wilke' }));
    // The sponsor is picked among the people IdeaBar knows (outside Teams), never typed as an id.
    await userEvent.type(within(triage).getByRole('combobox', { name: /Business sponsor/ }), 'patti');
    await userEvent.click(await screen.findByRole('option', { name: 'Patti Fernandez' }));
    await userEvent.click(within(triage).getByRole('button', { name: 'Save partners' }));
    await waitFor(() => expect(onNotice).toHaveBeenCalledWith(expect.stringMatching(/^Partners saved/)));
    expect(server.callsTo('PUT', /\/partners$/)[0]?.body).toEqual({
      itPartner: { id: 'nestor.wilke', name: 'Nestor Wilke' },
      sponsor: { id: 'patti.fernandez', name: 'Patti Fernandez' },
    });
    expect(within(row()).getByText('IT partner: Nestor Wilke')).toBeTruthy();
    expect(within(row()).getByText('Sponsor: Patti Fernandez')).toBeTruthy();
  });

  it('records the expected benefit before delivery, and the measured one only after', async () => {
    const { onNotice } = open(anIdea('Self-service VPN access', { status: 'planned' }), IT_MEMBER);
    const dialog = await detail();
    const triage = await within(dialog).findByRole('region', { name: /Triage/ });
    await userEvent.click(within(triage).getByRole('button', { name: 'Benefits' }));
    const form = within(triage).getByRole('form', { name: 'Benefits' });
    expect(within(form).queryByRole('group', { name: /Measured/ })).toBeNull();
    expect(within(form).getByText(/once the idea is delivered/)).toBeTruthy();
    await userEvent.click(within(form).getByRole('combobox', { name: 'Expected benefit' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Hours saved per month' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save benefits' }));
    const amount = within(form).getByRole('spinbutton', { name: 'Hours per month' });
    await waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('Enter the amount.')).toBeTruthy();
    await userEvent.type(amount, '40');
    await userEvent.click(within(form).getByRole('button', { name: 'Save benefits' }));
    await waitFor(() => expect(onNotice).toHaveBeenCalledWith(expect.stringMatching(/^Benefits saved/)));
    expect(server.callsTo('PUT', /\/benefits$/).at(-1)?.body).toEqual({
      expected: { kind: 'hours_saved_per_month', amount: 40, note: null },
    });
    expect(
      within(dialog).getByText('Expected benefit', { selector: 'dt' }).nextElementSibling?.textContent,
    ).toBe('40 hours saved per month');
  });

  it('merges into a similar idea: the votes move and the duplicate says where to go', async () => {
    const kept = anIdea('VPN profiles for everyone', { votes: 10 });
    const { onNotice } = open(anIdea('Self-service VPN access', { votes: 3 }), IT_MEMBER, [kept]);
    const dialog = await detail();
    const triage = await within(dialog).findByRole('region', { name: /Triage/ });
    await userEvent.click(within(triage).getByRole('button', { name: 'Merge into another idea' }));
    const merge = within(triage).getByRole('form', { name: 'Merge into another idea' });
    const target = within(merge).getByRole('combobox', { name: /Merge into/ });
    await waitFor(() => expect(document.activeElement).toBe(target));
    await userEvent.click(within(triage).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(target.getAttribute('aria-invalid')).toBe('true'));
    expect(within(triage).getByText('Choose the idea this one duplicates.')).toBeTruthy();
    expect(server.callsTo('POST', /\/merge$/)).toHaveLength(0);

    await userEvent.click(target);
    await userEvent.click(await screen.findByRole('option', { name: /VPN profiles for everyone/ }));
    await userEvent.type(
      within(merge).getByRole('textbox', { name: /Public response/ }),
      'Same idea: vote there.',
    );
    await userEvent.click(within(triage).getByRole('button', { name: 'Merge' }));
    await waitFor(() =>
      expect(onNotice).toHaveBeenCalledWith(expect.stringMatching(/^Merged into “VPN profiles/)),
    );
    expect(server.callsTo('POST', /\/merge$/)[0]?.body).toEqual({
      into: kept.id,
      response: 'Same idea: vote there.',
    });
    expect(await within(dialog).findByRole('link', { name: 'VPN profiles for everyone' })).toBeTruthy();
    expect(within(row()).getByText('Duplicate')).toBeTruthy();
    // A duplicate's status can no longer change, and it cannot be merged again.
    expect(within(triage).queryByRole('radiogroup', { name: /Move to/ })).toBeNull();
    expect(within(triage).queryByRole('button', { name: 'Merge into another idea' })).toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: 'Where it stands' }));
  });

  it('says when the merge’s search fails, and finds again once IT types', async () => {
    const kept = anIdea('VPN profiles for everyone', { votes: 10 });
    open(anIdea('Self-service VPN access', { votes: 3 }), IT_MEMBER, [kept]);
    server.when('GET', /^\/api\/similar-ideas$/, 'network');
    const dialog = await detail();
    const triage = await within(dialog).findByRole('region', { name: /Triage/ });
    await userEvent.click(within(triage).getByRole('button', { name: 'Merge into another idea' }));
    const merge = within(triage).getByRole('form', { name: 'Merge into another idea' });
    expect(await within(merge).findByText(/^Couldn't search the board\. /)).toBeTruthy();
    await userEvent.type(within(merge).getByRole('combobox', { name: /Merge into/ }), 'profiles');
    expect(await screen.findByRole('option', { name: /VPN profiles for everyone/ })).toBeTruthy();
    expect(within(merge).queryByText(/^Couldn't search the board/)).toBeNull();
  });

  it('approves an idea waiting in a moderated board’s queue', async () => {
    const { onNotice } = open(anIdea('Self-service VPN access', { awaitingApproval: true }), IT_MEMBER);
    const dialog = await detail();
    const triage = await within(dialog).findByRole('region', { name: /Triage/ });
    await userEvent.click(within(triage).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(onNotice).toHaveBeenCalledWith(expect.stringMatching(/^Approved/)));
    expect(within(triage).queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('shows a refusal in a message bar, keeping what was typed', async () => {
    open(anIdea('Self-service VPN access'), IT_MEMBER);
    const dialog = await detail();
    const triage = await within(dialog).findByRole('region', { name: /Triage/ });
    // The idea was deleted meanwhile: the API no longer knows it.
    server.ideas = [];
    await userEvent.click(within(triage).getByRole('radio', { name: 'Planned' }));
    await userEvent.type(within(triage).getByRole('textbox', { name: /Public response/ }), 'Q1.');
    await userEvent.click(within(triage).getByRole('button', { name: 'Move to Planned' }));
    expect(
      await within(triage).findByText("Couldn't change the status. It no longer exists or was moved."),
    ).toBeTruthy();
    expect(within(triage).getByRole('textbox', { name: /Public response/ })).toHaveProperty('value', 'Q1.');
  });
});
