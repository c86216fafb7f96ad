// @vitest-environment jsdom
import '../support/jsdomSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CycleView, IdeaView } from '@ideabar/core';
import { IdeaStore } from '../../../tab/src/shared/ideaStore';
import { CycleForm } from '../../../tab/src/triage/CycleForm';
import { TriageSummary } from '../../../tab/src/idea/TriageSummary';
import { anIdea, FakeIdeaBar } from '../support/fakeIdeaBar';
import { renderWithApi } from '../support/renderWithApi';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

const aCycle = (id: string, name: string, phase: CycleView['phase']): CycleView => ({
  id,
  boardId: 'default',
  name,
  submissionOpensAt: '2027-01-04T00:00:00.000Z',
  submissionClosesAt: '2027-01-18T00:00:00.000Z',
  votingOpensAt: '2027-01-04T00:00:00.000Z',
  votingClosesAt: '2027-01-25T00:00:00.000Z',
  reminderDaysBefore: [3, 1],
  shortlistSize: 10,
  openedBy: { id: 'alex.wilber', name: 'Alex Wilber' },
  createdAt: '2026-12-01T00:00:00.000Z',
  phase,
});

const CYCLES = [
  aCycle('c3', 'FY27 Q2 planning', 'upcoming'),
  aCycle('c2', 'FY27 Q1 planning', 'voting'),
  aCycle('c1', 'FY26 H2 planning', 'closed'),
];

let server: FakeIdeaBar;
beforeEach(() => {
  server = new FakeIdeaBar().install();
  server.when('GET', /^\/api\/cycles$/, { status: 200, body: { items: CYCLES } });
});

function renderForm(idea: IdeaView) {
  const onChanged = vi.fn();
  const onStale = vi.fn();
  renderWithApi(<CycleForm idea={idea} onChanged={onChanged} onStale={onStale} />);
  return { onChanged, onStale };
}

const cycleBox = () => screen.getByRole('combobox', { name: /Planning cycle/ });

describe('the planning cycle section of triage', () => {
  it('offers the board’s cycles that have not closed, and no cycle', async () => {
    renderForm(anIdea('Self-service VPN access', { cycleId: null }));
    await screen.findByText(/The board’s cycles that have not closed/);
    expect(server.callsTo('GET', /^\/api\/cycles$/)[0]?.query.get('boardId')).toBe('default');
    expect(cycleBox().textContent).toBe('No cycle');
    await userEvent.click(cycleBox());
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'No cycle',
      'FY27 Q2 planning',
      'FY27 Q1 planning',
    ]);
  });

  it('saves the chosen cycle and hands the idea on as the API answered it', async () => {
    const idea = anIdea('Self-service VPN access', { cycleId: null });
    server.when('PUT', /^\/api\/ideas\/[^/]+\/cycle$/, (call) => ({
      status: 200,
      body: { ...idea, cycleId: (call.body as { cycleId: string }).cycleId },
    }));
    const { onChanged } = renderForm(idea);
    await screen.findByText(/The board’s cycles that have not closed/);
    await userEvent.click(cycleBox());
    await userEvent.click(screen.getByRole('option', { name: 'FY27 Q1 planning' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save cycle' }));

    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(server.callsTo('PUT', /\/cycle$/)[0]).toMatchObject({
      path: `/api/ideas/${idea.id}/cycle`,
      body: { cycleId: 'c2' },
    });
    expect(onChanged).toHaveBeenCalledWith({ ...idea, cycleId: 'c2' }, 'Added to “FY27 Q1 planning”.');
  });

  it('takes the idea out of its cycle, and shows the current one even once closed', async () => {
    const idea = anIdea('Faster laptops', { cycleId: 'c1' });
    server.when('PUT', /^\/api\/ideas\/[^/]+\/cycle$/, { status: 200, body: { ...idea, cycleId: null } });
    const { onChanged } = renderForm(idea);
    await waitFor(() => expect(cycleBox().textContent).toBe('FY26 H2 planning (closed)'));
    await userEvent.click(cycleBox());
    await userEvent.click(screen.getByRole('option', { name: 'No cycle' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save cycle' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(server.callsTo('PUT', /\/cycle$/)[0]?.body).toEqual({ cycleId: null });
    expect(onChanged.mock.calls[0]?.[1]).toBe('Taken out of its planning cycle.');
  });

  it('puts the API’s refusal on the field and moves focus there', async () => {
    server.when('PUT', /^\/api\/ideas\/[^/]+\/cycle$/, {
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: 'invalid',
          fields: [{ field: 'cycleId', message: 'That cycle has closed.' }],
        },
      },
    });
    const { onChanged } = renderForm(anIdea('Guest Wi-Fi', { cycleId: null }));
    await screen.findByText(/The board’s cycles that have not closed/);
    await userEvent.click(cycleBox());
    await userEvent.click(screen.getByRole('option', { name: 'FY27 Q1 planning' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save cycle' }));

    expect(await screen.findByText('That cycle has closed.')).toBeTruthy();
    await waitFor(() => expect(cycleBox().getAttribute('aria-invalid')).toBe('true'));
    expect(cycleBox()).toBe(document.activeElement);
    expect(screen.getByText("Couldn't save the planning cycle. Check the highlighted fields.")).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();
  });
});

describe('the idea’s cycle, for everyone', () => {
  it('names the cycle the idea belongs to, and where it stands', async () => {
    renderWithApi(
      <TriageSummary
        idea={anIdea('Self-service VPN access', { cycleId: 'c2' })}
        history={[]}
        store={new IdeaStore()}
        locale="en-US"
        isAuthor={false}
      />,
    );
    const standing = screen.getByRole('region', { name: 'Where it stands' });
    expect(await within(standing).findByText('Planning cycle')).toBeTruthy();
    expect(within(standing).getByText('FY27 Q1 planning (voting)')).toBeTruthy();
  });

  it('says nothing of a cycle when the idea has none', async () => {
    renderWithApi(
      <TriageSummary
        idea={anIdea('Guest Wi-Fi', { cycleId: null })}
        history={[]}
        store={new IdeaStore()}
        locale="en-US"
        isAuthor={false}
      />,
    );
    expect(await screen.findByText(/IT hasn’t answered yet/)).toBeTruthy();
    expect(screen.queryByText('Planning cycle')).toBeNull();
    expect(server.callsTo('GET', /^\/api\/cycles$/)).toEqual([]);
  });
});
