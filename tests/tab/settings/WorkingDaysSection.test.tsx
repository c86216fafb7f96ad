// @vitest-environment jsdom
import '../support/jsdomSetup';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsPage } from '../../../tab/src/settings/SettingsPage';
import { renderWithApi } from '../support/renderWithApi';
import { FakeSettings } from './fakeSettings';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

let api: FakeSettings;
beforeEach(() => {
  api = new FakeSettings().install();
});

/** The message Fluent's Field shows under an input, which the input names as its description. */
const messageOf = (input: HTMLElement) => {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
};

async function openWorkingDays(): Promise<HTMLElement> {
  renderWithApi(<SettingsPage boardId={null} />);
  return screen.findByRole('region', { name: 'Working days' });
}

describe('the working days section', () => {
  it('shows the standard weekend, refuses a week without a working day, and saves a Friday–Saturday one', async () => {
    const section = await openWorkingDays();
    const day = (name: string) => within(section).getByRole('checkbox', { name });
    expect(day('Saturday')).toHaveProperty('checked', true);
    expect(day('Sunday')).toHaveProperty('checked', true);
    expect(day('Friday')).toHaveProperty('checked', false);
    const save = within(section).getByRole('button', { name: 'Save working days' });

    for (const name of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
      await userEvent.click(day(name));
    await userEvent.click(save);
    expect(within(section).getByText('Keep at least one working day in the week.')).toBeTruthy();
    expect(api.calls('PUT', /^\/api\/settings$/)).toEqual([]);

    for (const name of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Sunday'])
      await userEvent.click(day(name));
    expect(within(section).queryByText('Keep at least one working day in the week.')).toBeNull();
    await userEvent.click(save);
    await screen.findByText('Saved the working days.');
    expect(api.calls('PUT', /^\/api\/settings$/).map((call) => call.body)).toEqual([
      { weekendDays: [5, 6], holidays: [] },
    ]);
  });

  it('checks each holiday under its own fields before saving, and saves them named', async () => {
    const section = await openWorkingDays();
    expect(within(section).getByText('No holidays yet.')).toBeTruthy();
    const add = within(section).getByRole('button', { name: 'Add a holiday' });
    await userEvent.click(add);
    await userEvent.click(add);
    fireEvent.change(within(section).getByLabelText('Date of holiday 1'), {
      target: { value: '2026-12-25' },
    });
    await userEvent.type(
      within(section).getByRole('textbox', { name: 'Name of holiday 1' }),
      'Christmas Day',
    );
    fireEvent.change(within(section).getByLabelText('Date of holiday 2'), {
      target: { value: '2026-12-25' },
    });
    await userEvent.click(within(section).getByRole('button', { name: 'Save working days' }));
    expect(messageOf(within(section).getByLabelText('Date of holiday 2'))).toContain(
      'This date is listed already.',
    );
    expect(messageOf(within(section).getByRole('textbox', { name: 'Name of holiday 2' }))).toContain(
      'Name the holiday.',
    );
    expect(messageOf(within(section).getByLabelText('Date of holiday 1'))).toBe('');
    expect(api.calls('PUT', /^\/api\/settings$/)).toEqual([]);

    fireEvent.change(within(section).getByLabelText('Date of holiday 2'), {
      target: { value: '2026-12-24' },
    });
    expect(messageOf(within(section).getByLabelText('Date of holiday 2'))).toBe('');
    await userEvent.type(
      within(section).getByRole('textbox', { name: 'Name of holiday 2' }),
      'Christmas Eve',
    );
    await userEvent.click(within(section).getByRole('button', { name: 'Save working days' }));
    await screen.findByText('Saved the working days.');
    expect(api.calls('PUT', /^\/api\/settings$/).map((call) => call.body)).toEqual([
      {
        weekendDays: [0, 6],
        holidays: [
          { date: '2026-12-25', name: 'Christmas Day' },
          { date: '2026-12-24', name: 'Christmas Eve' },
        ],
      },
    ]);
    await userEvent.click(within(section).getByRole('button', { name: 'Remove holiday 1' }));
    expect(within(section).getByRole('textbox', { name: 'Name of holiday 1' })).toHaveProperty(
      'value',
      'Christmas Eve',
    );
  });

  it('shows the API’s refusal and keeps what was entered', async () => {
    api.answer('PUT', /^\/api\/settings$/, {
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: '1 field needs attention.',
          fields: [
            { field: 'holidays', message: 'Keep at most 100 holidays.', problem: 'too_many', limit: 100 },
          ],
        },
      },
    });
    const section = await openWorkingDays();
    await userEvent.click(within(section).getByRole('checkbox', { name: 'Friday' }));
    await userEvent.click(within(section).getByRole('button', { name: 'Save working days' }));
    expect((await within(section).findByRole('alert')).textContent).toMatch(/100/);
    expect(within(section).getByRole('checkbox', { name: 'Friday' })).toHaveProperty('checked', true);
  });
});
