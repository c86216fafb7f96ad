import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Toast, ToastTitle, Toaster, useId, useToastController } from '@fluentui/react-components';
import type { Me } from '@ideabar/core';
import { useIdeaBarApi } from '../api/ideaBarApi';

/** A short message at the bottom of the page: a save that worked, or an action that did not. */
export type Notify = (message: string, intent?: 'success' | 'error') => void;

interface Session {
  /** Who is signed in, once the API has said; `meKnown` also once it could not say. */
  me?: Me;
  meKnown: boolean;
  askMe(): void;
  notify: Notify;
}

const SessionContext = createContext<Session | undefined>(undefined);

/**
 * What every page of a signed-in tab shares: who is signed in (asked of the API once, when a page first wants it)
 * and the one place toasts appear.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useIdeaBarApi();
  const [me, setMe] = useState<{ found?: Me; known: boolean }>({ known: false });
  const asked = useRef(false);
  const askMe = useCallback(() => {
    if (asked.current) return;
    asked.current = true;
    api.me.get().then(
      (found) => setMe({ found, known: true }),
      () => setMe({ known: true }),
    );
  }, [api]);

  const toasterId = useId('ideabar-toaster');
  const { dispatchToast } = useToastController(toasterId);
  const notify: Notify = useCallback(
    (message, intent = 'success') =>
      dispatchToast(
        <Toast>
          <ToastTitle>{message}</ToastTitle>
        </Toast>,
        { intent, timeout: intent === 'error' ? 8_000 : 4_000 },
      ),
    [dispatchToast],
  );

  const session = useMemo(
    () => ({ ...(me.found ? { me: me.found } : {}), meKnown: me.known, askMe, notify }),
    [me, askMe, notify],
  );
  return (
    <SessionContext.Provider value={session}>
      {children}
      <Toaster toasterId={toasterId} position="bottom" />
    </SessionContext.Provider>
  );
}

function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('A page of the tab is rendered outside SessionProvider.');
  return session;
}

/** How to tell the person something in a toast. */
export function useNotify(): Notify {
  return useSession().notify;
}

/**
 * Who is signed in: asked of the API the first time any part of the tab wants it (`wanted`), and shared from then
 * on. Until it is known nobody is offered anything extra.
 */
export function useMe(wanted = true): { me?: Me; meKnown: boolean } {
  const { me, meKnown, askMe } = useSession();
  useEffect(() => {
    if (wanted) askMe();
  }, [wanted, askMe]);
  return { ...(me ? { me } : {}), meKnown };
}
