import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import type { Session, SessionUser } from '../api/types.ts';

interface SessionState {
  /** The signed-in account; null when anonymous. */
  user: SessionUser | null;
  /** False until the first `GET /api/auth/session` has answered. */
  known: boolean;
  /** Signs in; throws the server's ProblemError (401, 429, 422) on failure. */
  signIn(email: string, password: string): Promise<SessionUser>;
  signOut(): Promise<void>;
  /** Reads the session again (e.g. after a 401 tells a screen the session has expired). */
  refresh(): Promise<void>;
  /** Takes a session another request started or ended (first-run set-up, signing out everywhere). */
  adopt(session: Session): void;
}

const SessionContext = createContext<SessionState | null>(null);

/** Loads the session once, keeps the API client's CSRF token in step, and offers sign-in and sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [known, setKnown] = useState(false);

  const apply = useCallback((session: Session) => {
    api.setCsrfToken(session.csrfToken);
    setUser(session.user);
    setKnown(true);
  }, []);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        apply(await api.request<Session>('/auth/session', { signal }));
      } catch (error) {
        if (signal?.aborted) return;
        // The app stays usable anonymously when the session cannot be read.
        console.warn('session:', error instanceof Error ? error.message : error);
        apply({ user: null, csrfToken: null });
      }
    },
    [apply],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const refresh = useCallback(() => load(), [load]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const session = await api.request<{ user: SessionUser; csrfToken: string }>('/auth/login', {
        method: 'POST',
        body: { email, password },
      });
      apply(session);
      return session.user;
    },
    [apply],
  );

  const signOut = useCallback(async () => {
    try {
      await api.request('/auth/logout', { method: 'POST' });
    } finally {
      apply({ user: null, csrfToken: null });
    }
  }, [apply]);

  const value = useMemo(
    () => ({ user, known, signIn, signOut, refresh, adopt: apply }),
    [user, known, signIn, signOut, refresh, apply],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside <SessionProvider>');
  return state;
}
