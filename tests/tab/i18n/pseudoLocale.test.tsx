// @vitest-environment jsdom
import '../support/jsdomSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PSEUDO_LOCALE } from '@ideabar/core';
import { describe, expect, it, vi } from 'vitest';
import { useTranslator } from '../../../tab/src/app/translation';
import { TabShell } from '../../../tab/src/app/TabShell';
import { ThemeSwitcher } from '../../../tab/src/app/ThemeSwitcher';
import { StatusBadge } from '../../../tab/src/shared/StatusBadge';
import { SubmitIdeaForm } from '../../../tab/src/board/SubmitIdeaForm';
import { FakeIdeaBar, anIdea, SIGNED_IN } from '../support/fakeIdeaBar';
import { renderWithApi, standaloneHost } from '../support/renderWithApi';
import { textOutsideCatalog } from '../support/pseudoLocale';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

const inPseudoLocale = { locale: PSEUDO_LOCALE };

function Mixed() {
  const { t } = useTranslator();
  return (
    <p aria-label="Written into the code">
      {t('shell.switchPerson')} <span>Hard-coded words</span>
    </p>
  );
}

describe('the pseudo-locale check', () => {
  it('finds text and labels that bypass the catalog, and passes what comes from it or from data', () => {
    const { container } = renderWithApi(<Mixed />, inPseudoLocale);
    expect(textOutsideCatalog(container)).toEqual(['aria-label="Written into the code"', 'Hard-coded words']);
    expect(textOutsideCatalog(container, { data: ['Hard-coded words', 'Written into the code'] })).toEqual(
      [],
    );
  });
});

describe('in the pseudo-locale, every text comes from the catalog', () => {
  it('the tab’s header, navigation and skip link', async () => {
    new FakeIdeaBar([anIdea('Self-service VPN access')]).install();
    renderWithApi(
      <TabShell
        host={standaloneHost}
        theme="default"
        onReady={() => undefined}
        onThemeChange={() => undefined}
      />,
      inPseudoLocale,
    );
    await screen.findByRole('feed');
    const header = screen.getByRole('banner');
    await screen.findByText((text) => text.includes(SIGNED_IN.name));
    // The board's New idea button, which the board places in the header, is checked with the header.
    expect(textOutsideCatalog(header, { data: [SIGNED_IN.name, 'IdeaBar', 'Ideas for IT'] })).toEqual([]);
    expect(textOutsideCatalog(screen.getByRole('tablist'))).toEqual([]);
  });

  it('the theme switcher and status badges', () => {
    const { container } = renderWithApi(
      <>
        <ThemeSwitcher theme="dark" onChange={() => undefined} />
        <StatusBadge status="under_review" />
      </>,
      inPseudoLocale,
    );
    expect(textOutsideCatalog(container)).toEqual([]);
    expect(container.textContent).toContain('⟦');
  });

  it('the submit form, with similar ideas, its own checks and the API’s field problems', async () => {
    const server = new FakeIdeaBar([anIdea('Self-service VPN access', { votes: 12 })]).install();
    server.when('POST', /^\/api\/ideas$/, {
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: '2 fields need attention.',
          fields: [
            { field: 'title', message: 'Use at least 3 characters.', problem: 'too_short', limit: 3 },
            { field: 'tags.0', message: 'Use at most 30 characters.', problem: 'too_long', limit: 30 },
          ],
        },
      },
    });
    const handlers = { onClose: () => undefined, onSubmitted: () => undefined, onOpenIdea: () => undefined };
    renderWithApi(<SubmitIdeaForm open {...handlers} similarDelayMs={0} />, inPseudoLocale);
    const dialog = screen.getByRole('dialog');
    const [title, description, , tags] = within(dialog).getAllByRole('textbox');
    await userEvent.click(within(dialog).getAllByRole('button').at(-1) as HTMLElement);
    expect(dialog.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(0);
    expect(textOutsideCatalog(dialog)).toEqual([]);

    const typed = ['VPN for travel', 'Something useful', 'x'.repeat(31)];
    await userEvent.type(title as HTMLElement, typed[0] as string);
    await userEvent.type(description as HTMLElement, typed[1] as string);
    await userEvent.type(tags as HTMLElement, typed[2] as string);
    await within(dialog).findByRole('link', { name: 'Self-service VPN access' });
    await userEvent.click(within(dialog).getAllByRole('button').at(-1) as HTMLElement);
    await waitFor(() => expect((tags as HTMLElement).getAttribute('aria-invalid')).toBe('true'));
    expect(textOutsideCatalog(dialog, { data: ['Self-service VPN access', ...typed] })).toEqual([]);
  });
});
