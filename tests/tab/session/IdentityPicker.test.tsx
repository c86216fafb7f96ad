// @vitest-environment jsdom
import '../support/jsdomSetup';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IdentityPicker } from '../../../tab/src/session/IdentityPicker';
import { FakeIdeaBar } from '../support/fakeIdeaBar';
import { textOutsideCatalog } from '../support/pseudoLocale';
import { renderWithApi } from '../support/renderWithApi';

let server: FakeIdeaBar;
beforeEach(() => {
  server = new FakeIdeaBar().install();
});

const renderPicker = (onSignIn = vi.fn()) =>
  render(
    <FluentProvider theme={teamsLightTheme}>
      <IdentityPicker onSignIn={onSignIn} />
    </FluentProvider>,
  );

describe('the identity picker', () => {
  it('lists whoever the API lists, and hands back the whole person picked', async () => {
    server.people = [
      { tenantId: 'fabrikam', userId: 'ana.ruiz', name: 'Ana Ruiz', jobTitle: 'Buyer', roles: ['employee'] },
      {
        tenantId: 'fabrikam',
        userId: 'kim.ito',
        name: 'Kim Ito',
        jobTitle: 'Service desk lead',
        roles: ['employee', 'it'],
      },
    ];
    const onSignIn = vi.fn();
    renderPicker(onSignIn);
    const people = await screen.findByRole('list', { name: 'Demo people' });
    expect(within(people).getAllByRole('button')).toHaveLength(2);
    const ana = within(people).getByRole('button', { name: /Sign in as Ana Ruiz/ });
    expect(within(ana).getByText('Buyer')).toBeTruthy();
    expect(within(ana).queryByText('IT member')).toBeNull();
    const kim = within(people).getByRole('button', { name: /Sign in as Kim Ito/ });
    expect(within(kim).getByText('Service desk lead')).toBeTruthy();
    expect(within(kim).getByText('IT member')).toBeTruthy();
    await userEvent.click(kim);
    expect(onSignIn).toHaveBeenCalledWith(server.people[1]);
  });

  it('says when the API lists nobody', async () => {
    server.people = [];
    renderPicker();
    expect(
      await screen.findByText('The API lists nobody to sign in as. Add demo people to the API, then reload.'),
    ).toBeTruthy();
  });

  it('has every text from the catalog, the people’s names and jobs aside', async () => {
    const { container } = renderWithApi(<IdentityPicker onSignIn={vi.fn()} />, { locale: 'qps-ploc' });
    await screen.findByRole('list');
    // Each avatar shows the person's initials, which are data too.
    const initials = (name: string) =>
      name
        .split(' ')
        .map((word) => word[0] ?? '')
        .join('');
    const data = server.people.flatMap((person) => [person.name, person.jobTitle, initials(person.name)]);
    expect(textOutsideCatalog(container, { data })).toEqual([]);
  });

  it('reads in Arabic, right to left', async () => {
    renderWithApi(<IdentityPicker onSignIn={vi.fn()} />, { locale: 'ar' });
    expect(await screen.findByRole('heading', { name: 'تسجيل الدخول إلى IdeaBar' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: /تسجيل الدخول باسم Megan Bowen/ })).toBeTruthy();
  });
});
