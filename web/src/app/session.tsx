import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { api } from '../api/api';
import { onUnauthorized } from '../api/http';
import type { Me } from '../api/types';
import { fairHub } from '../hub/fairHub';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason: 'none' | 'signed-out' | 'expired' }
  | { status: 'signed-in'; me: Me };

interface Session {
  state: SessionState;
  /** After a successful sign-in: loads the user behind the new cookie. */
  refresh(): Promise<Me | undefined>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const me = await api.me();
      setState(me ? { status: 'signed-in', me } : { status: 'signed-out', reason: 'none' });
      return me;
    } catch {
      setState({ status: 'signed-out', reason: 'none' });
      return undefined;
    }
  }, []);

  const signOut = useCallback(async () => {
    await fairHub.stop();
    await api.logout().catch(() => undefined);
    setState({ status: 'signed-out', reason: 'signed-out' });
  }, []);

  useEffect(() => {
    void refresh();
    onUnauthorized(() => {
      void fairHub.stop();
      setState({ status: 'signed-out', reason: 'expired' });
    });
    return () => onUnauthorized(undefined);
  }, [refresh]);

  useEffect(() => {
    if (state.status === 'signed-in') {
      void fairHub.start();
    }
  }, [state.status]);

  const value = useMemo(() => ({ state, refresh, signOut }), [state, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) {
    throw new Error('useSession outside SessionProvider');
  }

  return value;
}

/** The signed-in user; only for pages rendered behind a role check. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') {
    throw new Error('useMe when not signed in');
  }

  return state.me;
}
