import { useEffect } from 'react';
import { FluentProvider, Spinner, makeStyles } from '@fluentui/react-components';
import { englishTranslator, loadedTranslator } from '@ideabar/core';
import { IdeaBarApiContext } from '../api/ideaBarApi';
import { ConfigPage } from '../settings/ConfigPage';
import { IdentityPicker } from '../session/IdentityPicker';
import { MeetingPanel } from '../meeting/MeetingPanel';
import { TabShell } from './TabShell';
import { SessionProvider } from '../session/SessionProvider';
import type { connectToHost } from '../teams/teamsHost';
import { AppBoundary } from './AppBoundary';
import { FLUENT_THEMES } from './themes';
import { TranslatorContext, useTranslatorFor } from './translation';
import { useTabSession } from './useTabSession';

const useStyles = makeStyles({
  connecting: { minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' },
});

export interface AppProps {
  /** Tests give a host of their own; the tab connects to Teams. */
  connect?: typeof connectToHost;
}

/** The tab: connects to its host, signs in, and shows its pages (or, in a team tab's settings, its configuration). */
export function App({ connect }: AppProps) {
  const styles = useStyles();
  const { session, theme, chooseTheme, signIn, switchPerson, onReady } = useTabSession(connect);
  const configuring =
    session.stage !== 'connecting' &&
    (session.host.frameContext === 'settings' || /\/configure\/?$/.test(window.location.pathname));
  // A meeting's side panel (or `/meeting` in a browser, to try it): the compact shortlist, not the whole board.
  const inSidePanel =
    session.stage !== 'connecting' &&
    (session.host.frameContext === 'sidePanel' || /\/meeting\/?$/.test(window.location.pathname));
  // Teams' locale once connected; the browser's until then, so even "Opening IdeaBar…" is in the person's language.
  const tag = session.stage === 'connecting' ? navigator.language : session.host.locale;
  const inLanguage = useTranslatorFor(tag);
  // While the person's language is on its way (a moment, from the tab's own server), the page waits under the
  // spinner in the browser's language if that is here, else English, rather than flashing the pages in another.
  const translator = inLanguage ?? loadedTranslator(navigator.language) ?? englishTranslator();
  const { t } = translator;
  useEffect(() => {
    document.documentElement.lang = translator.formatLocale;
    document.documentElement.dir = translator.dir;
  }, [translator]);

  return (
    // No className here: Fluent copies the provider's classes onto its portal nodes, so a size set on the provider
    // would make every popup's portal cover the page.
    <TranslatorContext.Provider value={translator}>
      <FluentProvider theme={FLUENT_THEMES[theme]} data-theme={theme} dir={translator.dir}>
        <AppBoundary>
          {(session.stage === 'connecting' || !inLanguage) && (
            <div className={styles.connecting}>
              <Spinner label={t('app.opening')} />
            </div>
          )}
          {inLanguage && session.stage === 'choosing-person' && <IdentityPicker onSignIn={signIn} />}
          {inLanguage && session.stage === 'signed-in' && (
            <IdeaBarApiContext.Provider value={session.api}>
              <SessionProvider>
                {configuring ? (
                  <ConfigPage host={session.host} />
                ) : inSidePanel ? (
                  <MeetingPanel
                    host={session.host}
                    boardId={new URLSearchParams(window.location.search).get('boardId') ?? undefined}
                    onReady={onReady}
                  />
                ) : (
                  <TabShell
                    host={session.host}
                    theme={theme}
                    person={session.person}
                    onReady={onReady}
                    {...(session.host.inTeams
                      ? {}
                      : { onSwitchPerson: switchPerson, onThemeChange: chooseTheme })}
                  />
                )}
              </SessionProvider>
            </IdeaBarApiContext.Provider>
          )}
        </AppBoundary>
      </FluentProvider>
    </TranslatorContext.Provider>
  );
}
