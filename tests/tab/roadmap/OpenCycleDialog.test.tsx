// @vitest-environment jsdom
import '../support/jsdomSetup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CycleView, RoadmapLane } from '@ideabar/core';
import { RoadmapPage } from '../../../tab/src/roadmap/RoadmapPage';
import type { CycleBoard } from '../../../tab/src/roadmap/OpenCycleDialog.types';
import { FakeIdeaBar } from '../support/fakeIdeaBar';
import { renderWithApi } from '../support/renderWithApi';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));
// Fluent's dialog is a large tree for jsdom to search by role, and the machine may be busy.

const BOARD: CycleBoard = { id: 'b1', name: 'Ideas for IT' };

const aCycle = (id: string, name: string, extra: Partial<CycleView> = {}): CycleView => ({
  id,
  boardId: BOARD.id,
  name,
  submissionOpensAt: '2027-01-04T00:00:00.000Z',
  submissionClosesAt: '2027-01-18T00:00:00.000Z',
  votingOpensAt: '2027-01-04T00:00:00.000Z',
  votingClosesAt: '2027-01-25T00:00:00.000Z',
  reminderDaysBefore: [3, 1],
  shortlistSize: 10,
  openedBy: { id: 'alex.wilber', name: 'Alex Wilber' },
  createdAt: '2026-12-01T00:00:00.000Z',
  phase: 'upcoming',
  ...extra,
});

let server: FakeIdeaBar;
let lanes: RoadmapLane[];
beforeEach(() => {
  lanes = [{ cycle: aCycle('c1', 'FY27 Q1 planning'), planned: [], inProgress: [], delivered: [] }];
  server = new FakeIdeaBar().install();
  server.when('GET', /^\/api\/roadmap$/, () => ({ status: 200, body: { lanes } }));
  server.when('GET', /^\/api\/settings$/, {
    status: 200,
    body: { responseSlaBusinessDays: 5, reminderLeadDays: [5, 2], boards: [], itMembers: [] },
  });
});

const renderRoadmap = (props: { canOpenCycles?: boolean; cycleBoard?: CycleBoard } = {}) =>
  renderWithApi(
    <RoadmapPage
      locale="en-US"
      boardId={BOARD.id}
      ideaHref={() => '?'}
      onOpenIdea={vi.fn()}
      canOpenCycles
      cycleBoard={BOARD}
      {...props}
    />,
  );

/** Opens the dialog once the roadmap has loaded, and waits for the tenant's reminder days to be proposed. */
async function openDialog(): Promise<HTMLElement> {
  await screen.findByRole('heading', { name: 'FY27 Q1 planning' });
  await userEvent.click(screen.getByRole('button', { name: 'Open a planning cycle' }));
  // In jsdom, tabster sometimes keeps a new Fluent dialog aria-hidden (see tests/tab/settings), so
  // the dialog is found including hidden elements and named through its aria-labelledby; Chromium finds it by role
  // and name in tests/tab/e2e/cycles.chromium.test.ts.
  const dialog = await waitFor(() => {
    const found = screen.getByRole('dialog', { hidden: true });
    expect(document.getElementById(found.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(
      'Open a planning cycle',
    );
    return found;
  });
  await waitFor(() => expect(field(dialog, /^Reminders/).value).toBe('5, 2'));
  return dialog;
}

const openCycleButton = (dialog: HTMLElement) =>
  within(dialog).getByRole('button', { name: 'Open cycle', hidden: true });
const field = (dialog: HTMLElement, label: RegExp) =>
  within(dialog).getByLabelText(label) as HTMLInputElement;
const setDay = (dialog: HTMLElement, label: RegExp, day: string) =>
  fireEvent.change(field(dialog, label), { target: { value: day } });
const localMidnight = (year: number, month: number, day: number) =>
  new Date(year, month - 1, day).toISOString();

async function fillIn(dialog: HTMLElement, name = 'FY27 Q2 planning') {
  await userEvent.type(field(dialog, /^Name/), name);
  setDay(dialog, /^Submissions open/, '2027-04-05');
  setDay(dialog, /^Submissions close/, '2027-04-19');
  setDay(dialog, /^Voting closes/, '2027-04-26');
}

describe('opening a planning cycle from the roadmap', () => {
  it('is for IT members only, and waits for a board while the roadmap shows every board', async () => {
    const { unmount } = renderRoadmap({ canOpenCycles: false });
    await screen.findByRole('heading', { name: 'FY27 Q1 planning' });
    expect(screen.queryByRole('button', { name: 'Open a planning cycle' })).toBeNull();
    unmount();

    renderWithApi(<RoadmapPage locale="en-US" ideaHref={() => '?'} onOpenIdea={vi.fn()} canOpenCycles />);
    const button = await screen.findByRole('button', { name: 'Open a planning cycle' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    const why = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toBe(
      'A cycle belongs to one board: choose the board in the header to open one.',
    );
    await userEvent.click(button);
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
  });

  it('proposes the first free days and the tenant’s reminders, and says dates are in the person’s time zone', async () => {
    renderRoadmap();
    const dialog = await openDialog();
    // The board's last submission window closes 18 January 2027: the new one opens then at the earliest.
    expect(field(dialog, /^Submissions open/).value).toBe('2027-01-18');
    expect(field(dialog, /^Submissions close/).value).toBe('2027-02-01');
    expect(field(dialog, /^Voting closes/).value).toBe('2027-02-08');
    expect(field(dialog, /^Shortlist size/).value).toBe('10');
    expect(within(dialog).getByText(/Dates are in your time zone/)).toBeTruthy();
  });

  it('puts the API’s messages on their fields and moves focus to the first', async () => {
    server.when('POST', /^\/api\/cycles$/, {
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: 'invalid',
          fields: [
            {
              field: 'votingClosesAt',
              message: 'Close voting after it opens, and no earlier than submissions close.',
            },
            { field: 'reminderDaysBefore.1', message: 'From 1 to 30 days.' },
          ],
        },
      },
    });
    renderRoadmap();
    const dialog = await openDialog();
    await fillIn(dialog);
    await userEvent.clear(field(dialog, /^Reminders/));
    await userEvent.type(field(dialog, /^Reminders/), '3, 45');
    await userEvent.click(openCycleButton(dialog));

    const voting = field(dialog, /^Voting closes/);
    await waitFor(() => expect(voting.getAttribute('aria-invalid')).toBe('true'));
    expect(
      within(dialog).getByText('Close voting after it opens, and no earlier than submissions close.'),
    ).toBeTruthy();
    expect(field(dialog, /^Reminders/).getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('From 1 to 30 days.')).toBeTruthy();
    expect(field(dialog, /^Name/).getAttribute('aria-invalid')).not.toBe('true');
    expect(field(dialog, /^Submissions open/).getAttribute('aria-invalid')).not.toBe('true');
    expect(voting).toBe(document.activeElement);
    expect(within(dialog).getByText("Couldn't open the cycle. Check the highlighted fields.")).toBeTruthy();

    const [sent] = server.callsTo('POST', /^\/api\/cycles$/);
    expect(sent?.body).toEqual({
      boardId: BOARD.id,
      name: 'FY27 Q2 planning',
      submissionOpensAt: localMidnight(2027, 4, 5),
      submissionClosesAt: localMidnight(2027, 4, 19),
      votingClosesAt: localMidnight(2027, 4, 26),
      reminderDaysBefore: [3, 45],
      shortlistSize: 10,
    });

    // Editing a field takes its message away; the edits stay.
    setDay(dialog, /^Voting closes/, '2027-04-27');
    expect(field(dialog, /^Voting closes/).getAttribute('aria-invalid')).not.toBe('true');
    expect(field(dialog, /^Name/).value).toBe('FY27 Q2 planning');
  });

  it('says what the form can tell without asking', async () => {
    renderRoadmap();
    const dialog = await openDialog();
    await fillIn(dialog);
    await userEvent.clear(field(dialog, /^Reminders/));
    await userEvent.type(field(dialog, /^Reminders/), 'three');
    await userEvent.click(openCycleButton(dialog));
    await waitFor(() => expect(field(dialog, /^Reminders/)).toBe(document.activeElement));
    expect(within(dialog).getByText('Use whole days, separated by commas, such as 3, 1.')).toBeTruthy();
    expect(server.callsTo('POST', /^\/api\/cycles$/)).toEqual([]);
  });

  it('names the cycle a 409 overlaps, on the submission days, and keeps the dialog open', async () => {
    server.when('POST', /^\/api\/cycles$/, {
      status: 409,
      body: {
        error: { code: 'conflict', message: 'Its submission window overlaps that of "FY27 Q1 planning".' },
      },
    });
    renderRoadmap();
    const dialog = await openDialog();
    await fillIn(dialog);
    setDay(dialog, /^Submissions open/, '2027-01-10');
    await userEvent.click(openCycleButton(dialog));

    expect(
      await within(dialog).findByText(
        "Couldn't open the cycle: its submission window overlaps that of “FY27 Q1 planning” (Jan 4, 2027 to Jan 18, 2027). A board takes ideas for one cycle at a time: choose submission dates outside it.",
      ),
    ).toBeTruthy();
    expect(field(dialog, /^Submissions open/).getAttribute('aria-invalid')).toBe('true');
    expect(field(dialog, /^Submissions close/).getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getAllByText('Overlaps “FY27 Q1 planning”.')).toHaveLength(2);
    expect(field(dialog, /^Submissions open/)).toBe(document.activeElement);
    expect(screen.getByRole('dialog', { hidden: true })).toBe(dialog);
    expect(field(dialog, /^Name/).value).toBe('FY27 Q2 planning');
  });

  it('opens the cycle, says so, and shows its lane on the roadmap read again', async () => {
    server.when('POST', /^\/api\/cycles$/, (call) => {
      const body = call.body as CycleView;
      const cycle = aCycle('c2', body.name, {
        submissionOpensAt: body.submissionOpensAt,
        submissionClosesAt: body.submissionClosesAt,
        votingClosesAt: body.votingClosesAt,
      });
      lanes = [{ cycle, planned: [], inProgress: [], delivered: [] }, ...lanes];
      return { status: 201, body: cycle };
    });
    renderRoadmap();
    const dialog = await openDialog();
    await fillIn(dialog);
    await userEvent.click(openCycleButton(dialog));

    expect(await screen.findByRole('heading', { name: 'FY27 Q2 planning' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    expect(
      screen.getAllByText('“FY27 Q2 planning” is open. Its lane is on the roadmap.').length,
    ).toBeGreaterThan(0);
    expect(server.callsTo('GET', /^\/api\/roadmap$/)).toHaveLength(2);
    expect(server.callsTo('POST', /^\/api\/cycles$/)[0]?.body).toMatchObject({ reminderDaysBefore: [5, 2] });
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open a planning cycle' })),
    );
  });
});
