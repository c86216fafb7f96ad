import type { ReactElement } from 'react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import { translatorFor } from '@ideabar/core';
import { TranslatorContext } from '../../../tab/src/app/translation';
import { createIdeaBarApi } from '../../../tab/src/api/ideaBarApi';
import { IdeaBarApiContext } from '../../../tab/src/api/ideaBarApi';
import { SessionProvider } from '../../../tab/src/session/SessionProvider';
import type { HostContext } from '../../../tab/src/teams/hostContext';

export const standaloneHost: HostContext = { inTeams: false, locale: 'en-US', theme: 'default' };

/**
 * Renders a piece of the tab as App would: inside Fluent's Teams theme, with the typed API over `fetch`, in the
 * person's language (English unless a test asks for another, such as the pseudo-locale `qps-ploc`).
 */
export function renderWithApi(
  element: ReactElement,
  { locale = 'en-US' }: { locale?: string } = {},
): RenderResult {
  const api = createIdeaBarApi({ token: async () => 'test-token', renew: async () => 'renewed-token' });
  const translator = translatorFor(locale);
  return render(
    <TranslatorContext.Provider value={translator}>
      <FluentProvider theme={teamsLightTheme} dir={translator.dir}>
        <IdeaBarApiContext.Provider value={api}>
          <SessionProvider>{element}</SessionProvider>
        </IdeaBarApiContext.Provider>
      </FluentProvider>
    </TranslatorContext.Provider>,
  );
}
