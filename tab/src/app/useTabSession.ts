import { useCallback, useEffect, useMemo, useState } from 'react';
import { createIdeaBarApi, type IdeaBarApi } from '../api/ideaBarApi';
import type { DemoPerson } from '../api/devApi';
import { DevSignIn, forgetPerson, rememberedPerson } from '../session/devSignIn';
import { TeamsSignIn } from '../session/teamsSignIn';
import type { HostContext, ThemeName } from '../teams/hostContext';
import { connectToHost, notifyBoardFailed, notifyBoardReady, onHostThemeChange } from '../teams/teamsHost';
import { rememberTheme, standaloneTheme } from './themes';
import { useLoaded } from '../shared/useLoaded';

export type TabSession =
  | { stage: 'connecting' }
  | { stage: 'choosing-person'; host: HostContext }
  | { stage: 'signed-in'; host: HostContext; api: IdeaBarApi; person?: DemoPerson };

/**
 * Where the tab runs and who is using it: Teams with SSO, or standalone with a picked demo person. Also the theme,
 * which follows Teams live, or the person's own choice standalone.
 */
export function useTabSession(connect: typeof connectToHost = connectToHost) {
  const host = useLoaded(useCallback(() => connect(), [connect])).value;
  const [person, setPerson] = useState<DemoPerson | undefined>(() => rememberedPerson());
  const [standalone] = useState<ThemeName>(() => standaloneTheme());
  /** The theme Teams switched to, or the one the person chose standalone; until then, where the tab runs. */
  const [switched, setTheme] = useState<ThemeName | undefined>();
  const theme = switched ?? (host?.inTeams ? host.theme : standalone);

  useEffect(() => {
    if (host?.inTeams) onHostThemeChange(setTheme);
  }, [host]);

  const api = useMemo(() => {
    if (!host) return undefined;
    if (host.inTeams) return createIdeaBarApi(new TeamsSignIn());
    return person ? createIdeaBarApi(new DevSignIn(person)) : undefined;
  }, [host, person]);

  const chooseTheme = useCallback((next: ThemeName) => {
    rememberTheme(next);
    setTheme(next);
  }, []);

  const switchPerson = useCallback(() => {
    forgetPerson();
    setPerson(undefined);
  }, []);

  const onReady = useCallback((failure?: string) => {
    if (failure) notifyBoardFailed(failure);
    else notifyBoardReady();
  }, []);

  const session: TabSession = !host
    ? { stage: 'connecting' }
    : !api
      ? { stage: 'choosing-person', host }
      : { stage: 'signed-in', host, api, ...(person && !host.inTeams ? { person } : {}) };

  return { session, theme, chooseTheme, signIn: setPerson, switchPerson, onReady };
}
