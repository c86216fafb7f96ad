// @vitest-environment jsdom
import '../support/jsdomSetup';
import { screen } from '@testing-library/react';
import { PSEUDO_LOCALE } from '@ideabar/core';
import { describe, expect, it, vi } from 'vitest';
import { useTranslator } from '../../../tab/src/app/translation';
import { TabShell } from '../../../tab/src/components/TabShell/TabShell';
import { ThemeSwitcher } from '../../../tab/src/components/ThemeSwitcher/ThemeSwitcher';
import { StatusBadge } from '../../../tab/src/components/StatusBadge/StatusBadge';
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
    // The board page (and its New idea button, which it places in the header) is translated separately.
    const skip = '[data-board-actions], [data-board-actions] *';
    header.querySelector(':scope > div:last-child')?.setAttribute('data-board-actions', '');
    expect(textOutsideCatalog(header, { data: [SIGNED_IN.name, 'IdeaBar', 'Ideas for IT'], skip })).toEqual(
      [],
    );
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
});
