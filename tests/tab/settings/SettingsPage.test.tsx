// @vitest-environment jsdom
import '../support/jsdomSetup';
import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsPage } from '../../../tab/src/settings/SettingsPage';
import { renderWithApi } from '../support/renderWithApi';
import { aSettingsBoard, FakeSettings } from './fakeSettings';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

// The page is large: on a busy machine, Fluent's dialogs and lists can take longer than the default second.

let api: FakeSettings;
beforeEach(() => {
  api = new FakeSettings().install();
});

const section = (name: string) => screen.findByRole('region', { name });
const field = (scope: HTMLElement, name: string) => within(scope).getByRole('textbox', { name });
/** The message Fluent's Field shows under an input, which the input names as its description. */
const messageOf = (input: HTMLElement) => {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
};

/**
 * Presses a button that opens a confirmation, checks the dialog's title, and answers with the button named `answer`.
 * In jsdom, Fluent sometimes focuses a new dialog before its focus manager (tabster) has registered it, and tabster
 * then keeps the dialog aria-hidden, which also blanks accessible names inside it; so the dialog is found including
 * hidden elements, and its title through aria-labelledby. Chromium shows it at once:
 * tests/tab/e2e/settings.chromium.test.ts finds it by role and name, as people do.
 */
async function confirm(button: HTMLElement, title: string, answer: string): Promise<string> {
  await userEvent.click(button);
  const dialog = await waitFor(() => {
    const found = screen.getByRole('dialog', { hidden: true });
    expect(document.getElementById(found.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(title);
    return found;
  });
  const text = dialog.textContent ?? '';
  await userEvent.click(within(dialog).getByText(answer, { selector: 'button' }));
  return text;
}

/** Stands in for the tab's header, whose board picker gives the page its board. */
function TabGivingBoard({ first }: { first: string }) {
  const [boardId, setBoardId] = useState<string | null>(first);
  return (
    <>
      <button onClick={() => setBoardId(null)}>Tab picks the default board</button>
      <SettingsPage boardId={boardId} />
    </>
  );
}

async function openSettings(boardId: string | null = null) {
  renderWithApi(<SettingsPage boardId={boardId} />);
  await screen.findByRole('heading', { name: 'Board: Ideas for IT' });
}

describe('the settings page', () => {
  it('shows the board’s and the organisation’s sections to an IT member', async () => {
    await openSettings();
    expect(screen.getByRole('region', { name: 'Settings' })).toBeTruthy();
    for (const name of [
      'Board',
      'Categories',
      'Saved responses',
      'Announcements',
      'Enablement',
      'IT members',
      'Change history',
    ])
      expect(await section(name)).toBeTruthy();
    // One board: nothing to pick.
    expect(screen.queryByRole('combobox', { name: 'Board' })).toBeNull();
  });

  it('shows no settings at all to someone the API refuses (not an IT member)', async () => {
    api.itMember = false;
    renderWithApi(<SettingsPage boardId={null} />);
    await screen.findByText('Settings are for IT members');
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Board' })).toBeNull();
    expect(api.calls('GET', /^\/api\/audit$/)).toEqual([]);
  });

  it('edits the board it is given, and follows the tab when it gives another', async () => {
    api.settings.boards.push(aSettingsBoard('19:finance@thread.tacv2', 'Finance ideas'));
    renderWithApi(<TabGivingBoard first="19:finance@thread.tacv2" />);
    await screen.findByRole('heading', { name: 'Board: Finance ideas' });
    expect(field(await section('Board'), 'Name')).toHaveProperty('value', 'Finance ideas');
    // The board is picked in the tab's header: the page has no second picker.
    expect(screen.getByText(/The tenant has 2 boards/)).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Board' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Tab picks the default board' }));
    await screen.findByRole('heading', { name: 'Board: Ideas for IT' });
    expect(field(await section('Board'), 'Name')).toHaveProperty('value', 'Ideas for IT');
    expect(api.calls('GET', /^\/api\/settings$/)).toHaveLength(1);
  });
});

describe('the board section', () => {
  it('saves only what changed, once something did, and says so', async () => {
    await openSettings();
    const board = await section('Board');
    const save = within(board).getByRole('button', { name: 'Save board' });
    expect(save).toHaveProperty('disabled', true);
    await userEvent.type(field(board, 'Description'), 'Ideas for the whole company.');
    await userEvent.type(field(board, 'Suggested tags'), 'vpn, #Laptops{Enter}');
    expect(within(board).getByRole('button', { name: 'Remove vpn' })).toBeTruthy();
    await userEvent.click(within(board).getByRole('switch', { name: /need IT approval/ }));
    expect(save).toHaveProperty('disabled', false);
    await userEvent.click(save);
    await screen.findByText('Saved “Ideas for IT”.');
    expect(api.calls('PUT', /^\/api\/boards\/default$/).map((call) => call.body)).toEqual([
      { description: 'Ideas for the whole company.', suggestedTags: ['vpn', 'Laptops'], moderation: true },
    ]);
    await waitFor(() => expect(save).toHaveProperty('disabled', true));
  });

  /** The API refuses the next save of the default board, with these fields' messages. */
  const refuseBoardSave = (fields: { field: string; message: string }[]) =>
    api.answer('PUT', /^\/api\/boards\/default$/, {
      status: 400,
      body: { error: { code: 'validation', message: 'Fields need attention.', fields } },
    });

  it('puts the API’s field messages on their fields and keeps every edit', async () => {
    await openSettings();
    refuseBoardSave([
      { field: 'name', message: 'Use at most 80 characters.' },
      { field: 'suggestedTags.0', message: 'Use at most 30 characters.' },
    ]);
    const board = await section('Board');
    await userEvent.clear(field(board, 'Name'));
    await userEvent.type(field(board, 'Name'), 'Company ideas');
    await userEvent.type(field(board, 'Suggested tags'), 'remote{Enter}');
    await userEvent.click(within(board).getByRole('button', { name: 'Save board' }));
    await waitFor(() => expect(field(board, 'Name').getAttribute('aria-invalid')).toBe('true'));
    expect(messageOf(field(board, 'Name'))).toContain('Use at most 80 characters.');
    expect(messageOf(field(board, 'Suggested tags'))).toContain('Use at most 30 characters.');
    expect(field(board, 'Name')).toHaveProperty('value', 'Company ideas');
    expect(within(board).getByRole('button', { name: 'Remove remote' })).toBeTruthy();
    expect(within(board).getByRole('button', { name: 'Save board' })).toHaveProperty('disabled', false);
    expect(api.board().name).toBe('Ideas for IT');
  });

  it('says above the section what the API said of a field the section does not show', async () => {
    await openSettings();
    refuseBoardSave([{ field: 'boardId', message: 'Use the id of a board of this tenant.' }]);
    const board = await section('Board');
    await userEvent.type(field(board, 'Name'), ' and more');
    await userEvent.click(within(board).getByRole('button', { name: 'Save board' }));
    expect(
      await within(board).findByText("Couldn't save the board. Use the id of a board of this tenant."),
    ).toBeTruthy();
    expect(field(board, 'Name').getAttribute('aria-invalid')).not.toBe('true');
    expect(field(board, 'Name')).toHaveProperty('value', 'Ideas for IT and more');
  });

  it('refuses an empty name before asking the API', async () => {
    await openSettings();
    const board = await section('Board');
    await userEvent.clear(field(board, 'Name'));
    await userEvent.click(within(board).getByRole('button', { name: 'Save board' }));
    expect(messageOf(field(board, 'Name'))).toContain('Give the board a name.');
    expect(api.calls('PUT', /^\/api\/boards\//)).toEqual([]);
  });

  it('lists a moderated board’s ideas waiting for approval, and approves them', async () => {
    api.board().moderation = true;
    api.awaiting('Self-service VPN access');
    api.awaiting('Dark mode for the intranet');
    await openSettings();
    const queue = await screen.findByRole('region', { name: 'Waiting for approval (2)' });
    await userEvent.click(
      within(queue).getByRole('button', { name: 'Approve “Dark mode for the intranet”' }),
    );
    await screen.findByText('Approved “Dark mode for the intranet”: everyone can see it now.');
    expect(api.calls('POST', /\/approve$/).map((call) => call.path)).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Waiting for approval (1)' })).toBeTruthy();
    expect(within(queue).queryByText('Dark mode for the intranet')).toBeNull();
  });
});

describe('the categories section', () => {
  beforeEach(() => {
    api.board().categories = [
      { id: 'devices', name: 'Devices', retired: false },
      { id: 'printers', name: 'Printers', retired: true },
    ];
  });

  it('adds a category, and retires and brings one back, each saved at once', async () => {
    await openSettings();
    const categories = await section('Categories');
    const add = within(categories).getByRole('button', { name: 'Add category' });
    expect(add).toHaveProperty('disabled', true);
    await userEvent.type(field(categories, 'New category'), 'Security{Enter}');
    await screen.findByText('Added the category “Security”.');
    const list = within(categories).getByRole('list', { name: 'Categories' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Devices'),
      expect.stringContaining('Printers'),
      expect.stringContaining('Security'),
    ]);
    expect(field(categories, 'New category')).toHaveProperty('value', '');

    await userEvent.click(within(categories).getByRole('button', { name: 'Retire “Devices”' }));
    await within(categories).findByRole('button', { name: 'Bring back “Devices”' });
    expect(within(list).getAllByText('Retired')).toHaveLength(2);
    await userEvent.click(within(categories).getByRole('button', { name: 'Bring back “Printers”' }));
    await within(categories).findByRole('button', { name: 'Retire “Printers”' });
    expect(api.calls('PUT', /\/categories\//).map((call) => [call.path, call.body])).toEqual([
      ['/api/boards/default/categories/devices', { retired: true }],
      ['/api/boards/default/categories/printers', { retired: false }],
    ]);
  });

  it('says on the field when a name is taken (a retired one too) or empty, keeping what was typed', async () => {
    await openSettings();
    const categories = await section('Categories');
    await userEvent.type(field(categories, 'New category'), ' printers ');
    await userEvent.click(within(categories).getByRole('button', { name: 'Add category' }));
    expect(messageOf(field(categories, 'New category'))).toContain(
      'The board has a category “Printers” already (retired: bring it back instead).',
    );
    expect(field(categories, 'New category')).toHaveProperty('value', ' printers ');

    await userEvent.click(within(categories).getByRole('button', { name: 'Rename “Devices”' }));
    const rename = field(categories, 'New name for “Devices”');
    await userEvent.clear(rename);
    await userEvent.click(within(categories).getByRole('button', { name: 'Save name' }));
    expect(messageOf(rename)).toContain('Enter a name for the category.');
    expect(api.calls('POST', /\/categories$/)).toEqual([]);
    expect(api.calls('PUT', /\/categories\//)).toEqual([]);
  });

  it('shows the API’s refusal of a name on the field', async () => {
    await openSettings();
    // Someone else added it meanwhile: the page does not know, the API does.
    api.board().categories.push({ id: 'sec', name: 'Security', retired: false });
    const categories = await section('Categories');
    await userEvent.click(within(categories).getByRole('button', { name: 'Rename “Devices”' }));
    const rename = field(categories, 'New name for “Devices”');
    await userEvent.clear(rename);
    await userEvent.type(rename, 'security{Enter}');
    await waitFor(() => expect(messageOf(rename)).toContain('The board has a category "Security" already.'));
    expect(rename).toHaveProperty('value', 'security');
  });

  it('renames a category in place', async () => {
    await openSettings();
    const categories = await section('Categories');
    await userEvent.click(within(categories).getByRole('button', { name: 'Rename “Devices”' }));
    const rename = field(categories, 'New name for “Devices”');
    expect(within(categories).getByRole('button', { name: 'Save name' })).toHaveProperty('disabled', true);
    await userEvent.clear(rename);
    await userEvent.type(rename, 'Laptops and phones{Enter}');
    await screen.findByText('Renamed the category to “Laptops and phones”.');
    expect(within(categories).getByText('Laptops and phones')).toBeTruthy();
    expect(within(categories).queryByRole('textbox', { name: /New name/ })).toBeNull();
  });
});

describe('the saved responses section', () => {
  beforeEach(() => {
    api.savedResponses.set('default', [
      {
        id: 'sr-portal',
        title: 'Use the portal',
        text: 'The self-service portal does this today.',
        updatedAt: '2026-11-20T09:00:00.000Z',
        updatedBy: { id: 'alex', name: 'Alex Wilber' },
      },
    ]);
  });

  const textArea = (scope: HTMLElement, name: string) => within(scope).getByRole('textbox', { name });

  it('adds, changes and removes the board’s common answers, each saved at once', async () => {
    await openSettings();
    const saved = await section('Saved responses');
    const list = await within(saved).findByRole('list', { name: 'Saved responses' });
    expect(within(list).getByText('The self-service portal does this today.')).toBeTruthy();

    const add = within(saved).getByRole('form', { name: 'New saved response' });
    await userEvent.type(field(add, 'New response title'), 'Collecting');
    await userEvent.type(textArea(add, 'Text'), 'Thanks! We are collecting requests like this one.');
    await userEvent.click(within(add).getByRole('button', { name: 'Add saved response' }));
    await screen.findByText('Saved the response “Collecting”.');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining('Collecting'), expect.stringContaining('Use the portal')]);
    expect(field(add, 'New response title')).toHaveProperty('value', '');

    await userEvent.click(within(saved).getByRole('button', { name: 'Edit “Use the portal”' }));
    const edit = within(saved).getByRole('form', { name: 'Change “Use the portal”' });
    await userEvent.clear(textArea(edit, 'Text'));
    await userEvent.type(textArea(edit, 'Text'), 'Ask the service desk for the portal link.');
    await userEvent.click(within(edit).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved the changes to “Use the portal”.');
    expect(within(list).getByText('Ask the service desk for the portal link.')).toBeTruthy();

    await userEvent.click(within(saved).getByRole('button', { name: 'Remove “Collecting”' }));
    await screen.findByText('Removed the saved response “Collecting”.');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(api.calls('POST', /saved-responses$/).map((call) => call.body)).toEqual([
      { title: 'Collecting', text: 'Thanks! We are collecting requests like this one.' },
    ]);
    expect(api.calls('PUT', /saved-responses\//).map((call) => [call.path, call.body])).toEqual([
      [
        '/api/boards/default/saved-responses/sr-portal',
        { title: 'Use the portal', text: 'Ask the service desk for the portal link.' },
      ],
    ]);
  });

  it('says on the fields what is missing or taken before asking, and keeps what was typed', async () => {
    await openSettings();
    const saved = await section('Saved responses');
    await within(saved).findByRole('list', { name: 'Saved responses' });
    const add = within(saved).getByRole('form', { name: 'New saved response' });
    await userEvent.click(within(add).getByRole('button', { name: 'Add saved response' }));
    expect(messageOf(field(add, 'New response title'))).toContain('Enter a title.');
    expect(messageOf(textArea(add, 'Text'))).toContain('Enter the response text.');
    await userEvent.type(field(add, 'New response title'), 'USE THE PORTAL');
    await userEvent.type(textArea(add, 'Text'), 'Again');
    await userEvent.click(within(add).getByRole('button', { name: 'Add saved response' }));
    expect(messageOf(field(add, 'New response title'))).toContain(
      'The board has a saved response called “Use the portal” already.',
    );
    expect(field(add, 'New response title')).toHaveProperty('value', 'USE THE PORTAL');
    expect(api.calls('POST', /saved-responses$/)).toEqual([]);
  });

  it('shows the API’s refusal of a title on the field', async () => {
    await openSettings();
    const saved = await section('Saved responses');
    await within(saved).findByRole('list', { name: 'Saved responses' });
    // Someone else added it meanwhile: the page does not know, the API does.
    api.savedResponses.get('default')?.push({
      id: 'sr-other',
      title: 'Collecting',
      text: 'x',
      updatedAt: '2026-11-20T09:00:00.000Z',
      updatedBy: { id: 'alex', name: 'Alex Wilber' },
    });
    const add = within(saved).getByRole('form', { name: 'New saved response' });
    await userEvent.type(field(add, 'New response title'), 'collecting');
    await userEvent.type(textArea(add, 'Text'), 'Thanks!');
    await userEvent.click(within(add).getByRole('button', { name: 'Add saved response' }));
    await waitFor(() =>
      expect(messageOf(field(add, 'New response title'))).toContain(
        'The board has a saved response called "Collecting" already.',
      ),
    );
    expect(textArea(add, 'Text')).toHaveProperty('value', 'Thanks!');
  });
});

describe('the announcements section', () => {
  beforeEach(() => {
    api.channels.set('default', [
      { key: 'board:default', name: 'IT › General', kind: 'board' },
      { key: 'conversation:19:ideas', name: 'IT › Ideas', kind: 'channel' },
    ]);
  });

  it('maps the digest presets to their cron, saved with the time zone shown', async () => {
    await openSettings();
    const announcements = await section('Announcements');
    const digest = within(announcements).getByRole('combobox', { name: 'Digest' });
    expect(digest.textContent).toBe('Weekly on Monday at 9:00');
    await userEvent.click(digest);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Off',
      'Weekly on Monday at 9:00',
      'Weekly on Friday at 16:00',
      'Monthly on the 1st at 9:00',
      'Custom',
    ]);
    await userEvent.click(screen.getByRole('option', { name: 'Weekly on Friday at 16:00' }));
    const next = within(announcements).getByRole('list', { name: 'Next digests' });
    expect(within(next).getAllByRole('listitem')[0]?.textContent).toMatch(/^Friday, .* 04:00 PM$/);
    await userEvent.click(within(announcements).getByRole('button', { name: 'Save announcements' }));
    await screen.findByText('Saved where announcements go and when the digest is sent.');
    expect(api.calls('PUT', /^\/api\/boards\/default$/).map((call) => call.body)).toEqual([
      { digestSchedule: '0 16 * * 5', timeZone: 'Europe/London' },
    ]);

    await userEvent.click(within(announcements).getByRole('combobox', { name: 'Digest' }));
    await userEvent.click(screen.getByRole('option', { name: 'Off' }));
    expect(within(announcements).queryByRole('list', { name: 'Next digests' })).toBeNull();
    await userEvent.click(within(announcements).getByRole('button', { name: 'Save announcements' }));
    await waitFor(() => expect(api.board().digestSchedule).toBeNull());
    expect(api.calls('PUT', /^\/api\/boards\/default$/).at(-1)?.body).toEqual({ digestSchedule: null });
  });

  it('reads a saved schedule that is no preset as custom, with its next runs', async () => {
    api.board().digestSchedule = '30 8 * * 1-5';
    await openSettings();
    const announcements = await section('Announcements');
    expect(within(announcements).getByRole('combobox', { name: 'Digest' }).textContent).toBe('Custom');
    expect(field(announcements, 'Schedule (cron)')).toHaveProperty('value', '30 8 * * 1-5');
    const next = within(announcements).getByRole('list', { name: 'Next digests' });
    expect(within(next).getAllByRole('listitem')).toHaveLength(3);
  });

  it('checks a custom cron as it is typed, and shows the API’s message on it', async () => {
    await openSettings();
    const announcements = await section('Announcements');
    await userEvent.click(within(announcements).getByRole('combobox', { name: 'Digest' }));
    await userEvent.click(screen.getByRole('option', { name: 'Custom' }));
    const cron = field(announcements, 'Schedule (cron)');
    // Custom starts from the schedule chosen so far: nothing changed yet.
    expect(cron).toHaveProperty('value', '0 9 * * 1');
    expect(within(announcements).getByRole('button', { name: 'Save announcements' })).toHaveProperty(
      'disabled',
      true,
    );
    await userEvent.clear(cron);
    await userEvent.type(cron, '*/5 9 * * *');
    expect(within(announcements).getByText(/at most once a day/)).toBeTruthy();
    await userEvent.click(within(announcements).getByRole('button', { name: 'Save announcements' }));
    expect(messageOf(cron)).toContain('A digest goes out at most once a day');
    expect(api.calls('PUT', /^\/api\/boards\//)).toEqual([]);

    api.answer('PUT', /^\/api\/boards\/default$/, {
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: '1 field needs attention.',
          fields: [
            { field: 'digestSchedule', message: 'This schedule never fires. Check the day and the month.' },
          ],
        },
      },
    });
    await userEvent.clear(cron);
    await userEvent.type(cron, '0 7 * * 2');
    await userEvent.click(within(announcements).getByRole('button', { name: 'Save announcements' }));
    await waitFor(() => expect(messageOf(cron)).toContain('This schedule never fires.'));
    expect(cron).toHaveProperty('value', '0 7 * * 2');
  });

  it('offers the board’s channels, the install channel as the default', async () => {
    await openSettings();
    const announcements = await section('Announcements');
    const channel = within(announcements).getByRole('combobox', { name: 'Channel' });
    await waitFor(() =>
      expect(channel.textContent).toBe('The channel IdeaBar was installed in (IT › General)'),
    );
    await userEvent.click(channel);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'The channel IdeaBar was installed in (IT › General)',
      'IT › Ideas',
    ]);
    await userEvent.click(screen.getByRole('option', { name: 'IT › Ideas' }));
    await userEvent.click(within(announcements).getByRole('button', { name: 'Save announcements' }));
    await waitFor(() => expect(api.board().announcementChannel).toBe('conversation:19:ideas'));
    expect(api.calls('PUT', /^\/api\/boards\/default$/).map((call) => call.body)).toEqual([
      { announcementChannel: 'conversation:19:ideas' },
    ]);
  });

  it('picks a time zone by typing part of its name', async () => {
    await openSettings();
    const announcements = await section('Announcements');
    const zone = within(announcements).getByRole('combobox', { name: 'Time zone' });
    expect(zone).toHaveProperty('value', 'Europe/London');
    // Selected and replaced in one go: each keystroke on an empty query would list every zone (slow in jsdom).
    await userEvent.tripleClick(zone);
    await userEvent.paste('new york');
    await userEvent.click(screen.getByRole('option', { name: 'America/New_York' }));
    expect(zone).toHaveProperty('value', 'America/New_York');
    await userEvent.click(within(announcements).getByRole('button', { name: 'Save announcements' }));
    await waitFor(() => expect(api.board().timeZone).toBe('America/New_York'));

    // The browser's own zone is a click away.
    const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    await userEvent.click(
      within(announcements).getByRole('button', { name: `Use this browser’s time zone (${mine})` }),
    );
    expect(zone).toHaveProperty('value', mine);
    expect(within(announcements).queryByRole('button', { name: /^Use this browser’s/ })).toBeNull();
  });
});

describe('the enablement section', () => {
  it('refuses an SLA outside 1–60 business days on the field, and saves a good one', async () => {
    await openSettings();
    const enablement = await section('Enablement');
    const sla = within(enablement).getByRole('spinbutton', { name: 'Response SLA (business days)' });
    expect(sla).toHaveProperty('value', '5');
    await userEvent.clear(sla);
    await userEvent.type(sla, '61');
    await userEvent.click(within(enablement).getByRole('button', { name: 'Save enablement' }));
    expect(messageOf(sla)).toContain('Use a whole number of business days from 1 to 60.');
    expect(api.calls('PUT', /^\/api\/settings$/)).toEqual([]);

    await userEvent.clear(sla);
    await userEvent.type(sla, '10');
    await userEvent.click(within(enablement).getByRole('button', { name: 'Remove 1 day before' }));
    await userEvent.type(field(enablement, 'Reminders before voting closes (days)'), '7{Enter}');
    await userEvent.click(within(enablement).getByRole('button', { name: 'Save enablement' }));
    await screen.findByText('Saved the enablement settings.');
    expect(api.calls('PUT', /^\/api\/settings$/).map((call) => call.body)).toEqual([
      { responseSlaBusinessDays: 10, reminderLeadDays: [7, 3] },
    ]);
  });

  it('refuses a currency that is not an ISO 4217 code on the field, and saves a good one', async () => {
    await openSettings();
    const enablement = await section('Enablement');
    const currency = within(enablement).getByRole('textbox', { name: 'Currency' });
    expect(currency).toHaveProperty('value', 'USD');
    await userEvent.clear(currency);
    await userEvent.type(currency, 'EU');
    await userEvent.click(within(enablement).getByRole('button', { name: 'Save enablement' }));
    expect(messageOf(currency)).toContain('Use a three-letter ISO 4217 currency code');
    expect(api.calls('PUT', /^\/api\/settings$/)).toEqual([]);
    await userEvent.type(currency, 'r');
    await userEvent.click(within(enablement).getByRole('button', { name: 'Save enablement' }));
    await screen.findByText('Saved the enablement settings.');
    expect(api.calls('PUT', /^\/api\/settings$/).map((call) => call.body)).toEqual([{ currency: 'EUR' }]);
  });

  it('shows the API’s message on the reminders, and keeps them', async () => {
    api.answer('PUT', /^\/api\/settings$/, {
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: '1 field needs attention.',
          fields: [{ field: 'reminderLeadDays.1', message: 'From 1 to 30 days.' }],
        },
      },
    });
    await openSettings();
    const enablement = await section('Enablement');
    const reminders = field(enablement, 'Reminders before voting closes (days)');
    await userEvent.type(reminders, '31{Enter}');
    expect(messageOf(reminders)).toContain('Use a whole number of days from 1 to 30.');
    await userEvent.clear(reminders);
    await userEvent.type(reminders, '14{Enter}');
    await userEvent.click(within(enablement).getByRole('button', { name: 'Save enablement' }));
    await waitFor(() => expect(messageOf(reminders)).toContain('From 1 to 30 days.'));
    expect(within(enablement).getByRole('button', { name: 'Remove 14 days before' })).toBeTruthy();
  });
});

describe('the IT members section', () => {
  it('adds a person picked from the people IdeaBar knows', async () => {
    await openSettings();
    const members = await section('IT members');
    const person = await within(members).findByRole('combobox', { name: 'Add a person' });
    await userEvent.click(person);
    // The people IdeaBar knows are offered once asked for; those who are IT members already are not.
    const patti = await screen.findByRole('option', { name: /^Patti Fernandez/ });
    expect(screen.queryByRole('option', { name: /^Nestor Wilke/ })).toBeNull();
    await userEvent.click(patti);
    await userEvent.click(within(members).getByRole('button', { name: 'Add IT member' }));
    await screen.findByText('Added Patti Fernandez to the IT members.');
    expect(api.calls('POST', /^\/api\/it-members$/).map((call) => call.body)).toEqual([
      { userId: 'patti.fernandez', name: 'Patti Fernandez' },
    ]);
    const list = within(members).getByRole('list', { name: 'IT members' });
    expect(within(list).getByText('Patti Fernandez')).toBeTruthy();
  });

  it('asks for a person before adding, and puts the API’s refusal on the field', async () => {
    api.answer('POST', /^\/api\/it-members$/, {
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: '1 field needs attention.',
          fields: [{ field: 'userId', message: 'Use 1–128 letters, digits or . _ : @ -' }],
        },
      },
    });
    await openSettings();
    const members = await section('IT members');
    const person = await within(members).findByRole('combobox', { name: 'Add a person' });
    // Nobody types a name and an id: the person is picked, and nothing is sent before.
    expect(within(members).queryByRole('textbox', { name: /Entra/ })).toBeNull();
    await userEvent.type(person, 'lee');
    await userEvent.click(await screen.findByRole('option', { name: 'Lee Gu' }));
    await userEvent.click(within(members).getByRole('button', { name: 'Add IT member' }));
    await waitFor(() => expect(messageOf(person)).toContain('Use 1–128 letters, digits or . _ : @ -'));
    expect(api.calls('POST', /^\/api\/it-members$/).map((call) => call.body)).toEqual([
      { userId: 'lee.gu', name: 'Lee Gu' },
    ]);
    expect((person as HTMLInputElement).value).toBe('Lee Gu');
  });

  it('removes a member after confirming', async () => {
    await openSettings();
    const members = await section('IT members');
    await confirm(
      within(members).getByRole('button', { name: 'Remove Nestor Wilke' }),
      'Remove Nestor Wilke from the IT members?',
      'Remove',
    );
    await screen.findByText('Removed Nestor Wilke from the IT members.');
    expect(api.settings.itMembers.map((m) => m.name)).toEqual(['Megan Bowen']);
  });

  it('does not offer to remove the last member, and says why', async () => {
    api.settings.itMembers = api.settings.itMembers.slice(0, 1);
    await openSettings();
    const members = await section('IT members');
    const remove = within(members).getByRole('button', { name: 'Remove Megan Bowen' });
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    expect(messageOf(remove)).toBe(
      'IdeaBar needs at least one IT member: add another before removing this one.',
    );
    await userEvent.click(remove);
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
    expect(api.calls('DELETE', /^\/api\/it-members\//)).toEqual([]);
  });

  it('explains the API’s 409 when the other member left meanwhile, and shows the members as they are', async () => {
    await openSettings();
    // Nestor was removed elsewhere: this page still shows two members.
    api.settings.itMembers = api.settings.itMembers.filter((m) => m.userId !== 'nestor.wilke');
    const members = await section('IT members');
    const asked = await confirm(
      within(members).getByRole('button', { name: 'Remove Megan Bowen' }),
      'Remove Megan Bowen from the IT members?',
      'Remove',
    );
    expect(asked).toContain('That’s you: you will lose access to this page.');
    await within(members).findByText(
      'IdeaBar needs at least one IT member: add another before removing this one.',
      { selector: '.fui-MessageBarBody' },
    );
    await waitFor(() =>
      expect(
        within(members).getByRole('button', { name: 'Remove Megan Bowen' }).getAttribute('aria-disabled'),
      ).toBe('true'),
    );
    expect(within(members).queryByText('Nestor Wilke')).toBeNull();
  });
});

describe('the change history', () => {
  it('lists changes newest first with who and when, details on request, and reads again after a save', async () => {
    api.audit = [
      {
        id: 'a2',
        at: '2026-11-22T10:00:00.000Z',
        by: { id: 'nestor.wilke', name: 'Nestor Wilke' },
        subject: 'board:default:categories',
        summary: 'Retired the category "Printers" on "Ideas for IT"',
        before: { id: 'printers', name: 'Printers', retired: false },
        after: { id: 'printers', name: 'Printers', retired: true },
      },
      {
        id: 'a1',
        at: '2026-11-21T10:00:00.000Z',
        by: { id: 'nestor.wilke', name: 'Nestor Wilke' },
        subject: 'itMembers',
        summary: 'Added Megan Bowen to the IT members',
        before: null,
        after: { userId: 'megan.bowen', name: 'Megan Bowen' },
      },
    ];
    await openSettings();
    const history = await section('Change history');
    const list = await within(history).findByRole('list', { name: 'Changes, newest first' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^Retired the category "Printers" on "Ideas for IT"Nestor Wilke · Nov 22, 2026/),
      expect.stringMatching(/^Added Megan Bowen to the IT membersNestor Wilke · Nov 21, 2026/),
    ]);
    const details = within(list).getByRole('button', {
      name: 'Show details of “Retired the category "Printers" on "Ideas for IT"”',
    });
    expect(details.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(details);
    expect(details.getAttribute('aria-expanded')).toBe('true');
    const shown = document.getElementById(details.getAttribute('aria-controls') ?? '');
    expect(shown?.textContent?.replace(/\s+/g, ' ')).toBe(
      'Before{ "id": "printers", "name": "Printers", "retired": false }' +
        'After{ "id": "printers", "name": "Printers", "retired": true }',
    );
    expect(api.calls('GET', /^\/api\/audit$/).map((call) => call.query.get('limit'))).toEqual(['20']);

    const categories = await section('Categories');
    await userEvent.type(field(categories, 'New category'), 'Security{Enter}');
    await within(list).findByText('Added the category "Security" to "Ideas for IT"');
    expect(api.calls('GET', /^\/api\/audit$/)).toHaveLength(2);
  });
});
