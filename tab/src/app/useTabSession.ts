import { useCallback, useEffect, useMemo, useState } from 'react';
import { createIdeaBarApi, type IdeaBarApi } from '../api/ideaBarApi';
import type { DemoPerson } from '../api/devApi';
import { DevSignIn, forgetPerson, rememberedPerson } from '../session/devSignIn';
import { TeamsSignIn } from '../session/teamsSignIn';
import type { HostContext, ThemeName } from '../teams/hostContext';
import { connectToHost, notifyBoardFailed, notifyBoardReady, onHostThemeChange } from '../teams/teamsHost';
import { rememberTheme, standaloneTheme } from './themes';

export type TabSession =
  | { stage: 'connecting' }
  | { stage: 'choosing-person'; host: HostContext }
  | { stage: 'signed-in'; host: HostContext; api: IdeaBarApi; person?: DemoPerson };

/**
 * Where the tab runs and who is using it: Teams with SSO, or standalone with a picked demo person. Also the theme,
 * which follows Teams live, or the person's own choice standalone.
 */
export function useTabSession(connect: typeof connectToHost = connectToHost) {
  const [host, setHost] = useState<HostContext | undefined>();
  const [person, setPerson] = useState<DemoPerson | undefined>(() => rememberedPerson());
  const [theme, setTheme] = useState<ThemeName>(() => standaloneTheme());

  useEffect(() => {
    let live = true;
    void connect().then((found) => {
      if (!live) return;
      setHost(found);
      if (found.inTeams) {
        setTheme(found.theme);
        onHostThemeChange(setTheme);
      }
    });
    return () => {
      live = false;
    };
  }, [connect]);

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
