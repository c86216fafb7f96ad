// @vitest-environment jsdom
import '../support/jsdomSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IdeaStatus, IdeaView } from '@ideabar/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StatusForm } from '../../../tab/src/triage/StatusForm';
import { anIdea, FakeIdeaBar } from '../support/fakeIdeaBar';
import { answerTriage } from '../support/fakeTriage';
import { renderWithApi } from '../support/renderWithApi';
import { aSavedResponse, answerSavedResponses } from '../support/savedResponses';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

let server: FakeIdeaBar;
beforeEach(() => {
  server = new FakeIdeaBar().install();
  answerTriage(server);
});

/** `onServer` is the idea as the API has it, when someone moved it since the form was shown. */
function renderForm(idea: IdeaView, onServer: IdeaView = idea) {
  server.ideas = [onServer];
  const onChanged = vi.fn();
  const onStale = vi.fn();
  renderWithApi(<StatusForm idea={idea} onChanged={onChanged} onStale={onStale} />);
  return { onChanged, onStale };
}

const form = () => screen.getByRole('form', { name: /Change status|Answer the appeal/ });
const choices = () =>
  within(screen.getByRole('radiogroup'))
    .getAllByRole('radio')
    .map((radio) => radio.getAttribute('value'));

describe('the status form', () => {
  // The workflow of docs/api.md: IT offers only the moves it allows from where the idea is.
  it.each<[IdeaStatus, IdeaStatus[]]>([
    ['new', ['under_review', 'planned', 'in_progress', 'declined']],
    ['under_review', ['planned', 'in_progress', 'declined']],
    ['planned', ['under_review', 'in_progress', 'delivered', 'declined']],
    ['in_progress', ['planned', 'delivered', 'declined']],
    ['delivered', ['in_progress']],
    ['declined', ['under_review', 'planned']],
  ])('offers an idea that is %s the moves %j', (status, expected) => {
    renderForm(anIdea('Self-service VPN access', { status }));
    expect(choices()).toEqual(expected);
  });

  it('names the choices in words, with the response required', () => {
    renderForm(anIdea('Self-service VPN access', { status: 'new' }));
    const group = screen.getByRole('radiogroup', { name: /Move to/ });
    expect(within(group).getByRole('radio', { name: 'Under review' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Public response/ }) as HTMLTextAreaElement).required).toBe(
      true,
    );
  });

  it('offers nothing for a duplicate, whose status can no longer change', () => {
    renderForm(anIdea('Self-service VPN access', { status: 'duplicate' }));
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.getByText('This idea’s status can no longer change.')).toBeTruthy();
  });

  it('asks for a choice before sending anything', async () => {
    renderForm(anIdea('Self-service VPN access'));
    await userEvent.click(screen.getByRole('button', { name: 'Change status' }));
    expect(await screen.findByText('Choose where the idea moves.')).toBeTruthy();
    expect(server.callsTo('POST', /\/status$/)).toHaveLength(0);
  });

  it('starts the response from one of the board’s saved responses, which IT can still edit', async () => {
    answerSavedResponses(server, 'default', [
      aSavedResponse('r1', 'Not now: capacity', 'We cannot take this on this quarter.'),
    ]);
    const { onChanged } = renderForm(anIdea('Self-service VPN access'));
    await userEvent.click(screen.getByRole('radio', { name: 'Under review' }));
    await userEvent.click(await screen.findByRole('combobox', { name: /Start from a saved response/ }));
    await userEvent.click(await screen.findByRole('option', { name: /^Not now: capacity/ }));
    const box = screen.getByRole('textbox', { name: /Public response/ }) as HTMLTextAreaElement;
    expect(box.value).toBe('We cannot take this on this quarter.');
    await waitFor(() => expect(document.activeElement).toBe(box));
    await userEvent.type(box, ' We look again in March.');
    await userEvent.click(screen.getByRole('button', { name: 'Move to Under review' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(server.callsTo('POST', /\/status$/)[0]?.body).toEqual({
      status: 'under_review',
      response: 'We cannot take this on this quarter. We look again in March.',
    });
  });

  it('moves the idea with its public response', async () => {
    const { onChanged } = renderForm(anIdea('Self-service VPN access'));
    await userEvent.click(screen.getByRole('radio', { name: 'Planned' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Public response/ }), 'In the Q1 plan.');
    await userEvent.click(screen.getByRole('button', { name: 'Move to Planned' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(server.callsTo('POST', /\/status$/)[0]?.body).toEqual({
      status: 'planned',
      response: 'In the Q1 plan.',
    });
    expect(onChanged.mock.calls[0]?.[0]).toMatchObject({ status: 'planned' });
    expect(onChanged.mock.calls[0]?.[1]).toMatch(/^Moved to planned/);
  });

  it('reveals the structured decision only when Declined is chosen', async () => {
    renderForm(anIdea('Self-service VPN access'));
    expect(screen.queryByRole('group', { name: 'The decision' })).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Declined' }));
    const decision = screen.getByRole('group', { name: 'The decision' });
    expect(within(decision).getByRole('combobox', { name: /Constraint/ })).toBeTruthy();
    expect(within(decision).getByRole('textbox', { name: /Rule or policy/ })).toBeTruthy();
    expect(within(decision).getByRole('textbox', { name: /Path to yes/ })).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'Planned' }));
    expect(screen.queryByRole('group', { name: 'The decision' })).toBeNull();
  });

  it('shows the API’s messages on each part of the decision that is missing, and focuses the first', async () => {
    renderForm(anIdea('Self-service VPN access'));
    await userEvent.click(screen.getByRole('radio', { name: 'Declined' }));
    await userEvent.click(screen.getByRole('button', { name: 'Decline idea' }));
    const decision = screen.getByRole('group', { name: 'The decision' });
    const constraint = within(decision).getByRole('combobox', { name: /Constraint/ });
    await waitFor(() => expect(constraint.getAttribute('aria-invalid')).toBe('true'));
    expect(within(decision).getByText(/^Choose what the decline rests on/)).toBeTruthy();
    expect(within(decision).getByText('Use at least 3 characters.')).toBeTruthy();
    expect(within(decision).getByText(/^Enter a path to yes/)).toBeTruthy();
    expect(screen.getByText('Enter a public response.')).toBeTruthy();
    expect(document.activeElement).toBe(constraint);
    expect(
      within(form()).getByText("Couldn't change the status. Check the highlighted fields."),
    ).toBeTruthy();
  });

  it('declines with the decision once it is complete, the path to yes included', async () => {
    const { onChanged } = renderForm(anIdea('Self-service VPN access'));
    await userEvent.click(screen.getByRole('radio', { name: 'Declined' }));
    await userEvent.click(screen.getByRole('combobox', { name: /Constraint/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Security' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: /Rule or policy/ }),
      'Policy SEC-12: no split tunnels',
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Public response/ }), 'Not with split tunnels.');
    await userEvent.click(screen.getByRole('button', { name: 'Decline idea' }));

    // Without a path to yes, only that field is refused; focus lands on it.
    const path = screen.getByRole('textbox', { name: /Path to yes/ });
    await waitFor(() => expect(path.getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(path);
    expect(screen.getByRole('textbox', { name: /Rule or policy/ }).getAttribute('aria-invalid')).not.toBe(
      'true',
    );
    expect(onChanged).not.toHaveBeenCalled();

    await userEvent.type(path, 'Use the ZTNA client, available today.');
    expect(path.getAttribute('aria-invalid')).not.toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Decline idea' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(server.callsTo('POST', /\/status$/).at(-1)?.body).toEqual({
      status: 'declined',
      response: 'Not with split tunnels.',
      decline: {
        constraint: 'security',
        rule: 'Policy SEC-12: no split tunnels',
        pathToYes: 'Use the ZTNA client, available today.',
      },
    });
    expect(onChanged.mock.calls[0]?.[0]).toMatchObject({
      status: 'declined',
      decline: { constraint: 'security' },
    });
  });

  it('says why, in the API’s words, and asks for the idea again when it moved meanwhile (409)', async () => {
    const idea = anIdea('Self-service VPN access');
    const { onStale, onChanged } = renderForm(idea, { ...idea, status: 'delivered' });
    await userEvent.click(screen.getByRole('radio', { name: 'Planned' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Public response/ }), 'Planned.');
    await userEvent.click(screen.getByRole('button', { name: 'Move to Planned' }));
    expect(
      await screen.findByText(
        "Couldn't change the status. An idea that is delivered cannot move to planned.",
      ),
    ).toBeTruthy();
    expect(onStale).toHaveBeenCalled();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('is the answer to an open appeal', () => {
    renderForm(
      anIdea('Self-service VPN access', {
        status: 'under_review',
        appeal: {
          by: { id: 'alan', name: 'Alan Turing' },
          reason: 'The ZTNA client does not run on our lab machines.',
          at: '2026-11-21T09:00:00.000Z',
          answeredAt: null,
        },
      }),
    );
    expect(screen.getByRole('heading', { name: 'Answer the appeal' })).toBeTruthy();
    expect(choices()).toEqual(['planned', 'in_progress', 'declined']);
  });
});
