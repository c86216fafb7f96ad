import type { ReactElement } from 'react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import { createIdeaBarApi } from '../../../tab/src/api/ideaBarApi';
import { IdeaBarApiContext } from '../../../tab/src/api/ideaBarApi';
import type { HostContext } from '../../../tab/src/teams/hostContext';

export const standaloneHost: HostContext = { inTeams: false, locale: 'en-US', theme: 'default' };

/** Renders a piece of the tab as App would: inside Fluent's Teams theme, with the typed API over `fetch`. */
export function renderWithApi(element: ReactElement): RenderResult {
  const api = createIdeaBarApi({ token: async () => 'test-token', renew: async () => 'renewed-token' });
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <IdeaBarApiContext.Provider value={api}>{element}</IdeaBarApiContext.Provider>
    </FluentProvider>,
  );
}
