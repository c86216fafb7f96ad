// @vitest-environment jsdom
import '../support/jsdomSetup';
import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '@ideabar/core';
import { PersonPicker } from '../../../tab/src/shared/PersonPicker';
import { connectToHost } from '../../../tab/src/teams/teamsHost';
import { FakeIdeaBar } from '../support/fakeIdeaBar';
import { newFakeTeams } from '../support/fakeTeamsJs';
import { textOutsideCatalog } from '../support/pseudoLocale';
import { renderWithApi } from '../support/renderWithApi';

const teams = vi.hoisted(() => ({ fake: undefined as ReturnType<typeof newFakeTeams> | undefined }));
vi.mock('@microsoft/teams-js', async () => {
  const { fakeTeamsJs, newFakeTeams: fresh } = await import('../support/fakeTeamsJs');
  teams.fake = fresh();
  return fakeTeamsJs(teams.fake);
});

const DANA = '2f6c1a3e-8d7b-4c0e-9a51-3b7e2d9f4c10';
let server: FakeIdeaBar;
let changes: (Person | null)[];

function Harness({ initial = null, exclude }: { initial?: Person | null; exclude?: string[] }) {
  const [value, setValue] = useState<Person | null>(initial);
  return (
    <PersonPicker
      label="Business sponsor"
      teamsTitle="Choose the business sponsor"
      value={value}
      onChange={(person) => {
        changes.push(person);
        setValue(person);
      }}
      clearable
      {...(exclude ? { exclude } : {})}
    />
  );
}

beforeEach(() => {
  server = new FakeIdeaBar().install();
  changes = [];
  Object.assign(teams.fake ?? {}, newFakeTeams());
});

const fake = () => {
  if (!teams.fake) throw new Error('teams-js was not mocked');
  return teams.fake;
};

describe('choosing a person inside Teams', () => {
  beforeEach(async () => {
    Object.defineProperty(window, 'parent', { configurable: true, value: {} });
    expect((await connectToHost(50)).inTeams).toBe(true);
  });

  it('opens Teams’ people picker for one person of the organisation and takes their id and name', async () => {
    fake().nextPick = [{ objectId: DANA, displayName: 'Dana Scully', email: 'dana@contoso.com' }];
    renderWithApi(<Harness />);
    const group = screen.getByRole('group', { name: 'Business sponsor' });
    expect(within(group).getByText('Nobody chosen')).toBeTruthy();
    await userEvent.click(within(group).getByRole('button', { name: 'Choose a person' }));
    expect(changes).toEqual([{ id: DANA, name: 'Dana Scully' }]);
    expect(fake().picked).toEqual([
      { title: 'Choose the business sponsor', singleSelect: true, openOrgWideSearchInChatOrChannel: true },
    ]);
    expect(within(group).getByText('Dana Scully')).toBeTruthy();
    // Choosing again starts from the person chosen now; nobody types an id anywhere.
    fake().nextPick = 'closed';
    await userEvent.click(within(group).getByRole('button', { name: 'Change' }));
    expect(fake().picked[1]?.setSelected).toEqual([DANA]);
    expect(changes).toHaveLength(1);
    expect(screen.queryByRole('textbox')).toBeNull();
    await userEvent.click(within(group).getByRole('button', { name: 'Remove' }));
    expect(changes.at(-1)).toBeNull();
  });

  it('names someone by their email when Teams gives no display name, and says so when it gives neither', async () => {
    fake().nextPick = [{ objectId: DANA, email: 'dana@contoso.com' }];
    renderWithApi(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Choose a person' }));
    expect(changes).toEqual([{ id: DANA, name: 'dana@contoso.com' }]);
    fake().nextPick = [{ objectId: 'a1b2c3d4-0000-4000-8000-000000000001' }];
    await userEvent.click(screen.getByRole('button', { name: 'Change' }));
    expect(await screen.findByText(/Teams gave no name for that person/)).toBeTruthy();
    expect(changes).toHaveLength(1);
  });

  it('does not preselect an id Teams cannot know (one typed in by hand before)', async () => {
    fake().nextPick = 'closed';
    renderWithApi(<Harness initial={{ id: 'dana.scully', name: 'Dana Scully' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Change' }));
    expect(fake().picked).toEqual([
      { title: 'Choose the business sponsor', singleSelect: true, openOrgWideSearchInChatOrChannel: true },
    ]);
    expect(changes).toEqual([]);
  });

  it('refuses someone the field does not take, and says why', async () => {
    fake().nextPick = [{ objectId: DANA, displayName: 'Dana Scully' }];
    renderWithApi(<Harness exclude={[DANA]} />);
    await userEvent.click(screen.getByRole('button', { name: 'Choose a person' }));
    expect(await screen.findByText('Dana Scully is one already.')).toBeTruthy();
    expect(changes).toEqual([]);
  });

  it('searches the people IdeaBar knows where this Teams client has no people picker', async () => {
    fake().peopleSupported = false;
    renderWithApi(<Harness />);
    expect(screen.getByRole('combobox', { name: /Business sponsor/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Choose a person' })).toBeNull();
  });
});

describe('choosing a person outside Teams', () => {
  beforeEach(() => {
    Object.defineProperty(window, 'parent', { configurable: true, value: window });
  });

  it('searches the people IdeaBar knows as a name is typed, and takes the one chosen', async () => {
    renderWithApi(<Harness />);
    const box = screen.getByRole('combobox', { name: /Business sponsor/ });
    await userEvent.type(box, 'patti');
    await userEvent.click(await screen.findByRole('option', { name: 'Patti Fernandez' }));
    expect(changes).toEqual([{ id: 'patti.fernandez', name: 'Patti Fernandez' }]);
    expect((box as HTMLInputElement).value).toBe('Patti Fernandez');
    // Typing asks once the person pauses, not once per letter.
    const asked = server.callsTo('GET', /^\/api\/people$/).map((call) => call.query.get('q'));
    expect(asked.length).toBeLessThan('patti'.length);
    expect(asked.at(-1)).toBe('patti');
  });

  it('offers nobody the field does not take, and says when nobody matches', async () => {
    renderWithApi(<Harness exclude={['nestor.wilke']} />);
    const box = screen.getByRole('combobox', { name: /Business sponsor/ });
    await userEvent.type(box, 'wilke');
    expect(
      await screen.findByRole('option', { name: 'Nobody IdeaBar knows is called “wilke”.' }),
    ).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'Nestor Wilke' })).toBeNull();
    await userEvent.clear(box);
    await userEvent.type(box, 'zzz');
    expect(await screen.findByRole('option', { name: 'Nobody IdeaBar knows is called “zzz”.' })).toBeTruthy();
    expect(changes).toEqual([]);
  });

  it('says when people cannot be looked up', async () => {
    server.when('GET', /^\/api\/people$/, 'network');
    renderWithApi(<Harness />);
    await userEvent.type(screen.getByRole('combobox', { name: /Business sponsor/ }), 'pat');
    expect(
      await screen.findByRole('option', {
        name: 'Couldn’t look people up. Check your connection and try again.',
      }),
    ).toBeTruthy();
  });

  it('has every text from the catalog', async () => {
    const { container } = renderWithApi(<Harness />, { locale: 'qps-ploc' });
    await userEvent.type(screen.getByRole('combobox'), 'pat');
    await screen.findByRole('option', { name: 'Patti Fernandez' });
    await waitFor(() =>
      expect([
        ...textOutsideCatalog(container, { data: ['Business sponsor', 'pat'] }),
        ...textOutsideCatalog(document.body, { data: ['Business sponsor', 'pat', 'Patti Fernandez'] }),
      ]).toEqual([]),
    );
  });
});
