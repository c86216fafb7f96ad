// @vitest-environment jsdom
import '../../support/jsdomSetup';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IdentityPicker } from '../../../../tab/src/components/IdentityPicker/IdentityPicker';
import { FakeIdeaBar } from '../../support/fakeIdeaBar';

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
});
