import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Session, SessionView } from './session';

export const SessionContext = createContext<Session | null>(null);

/** The page's session: its taps (sign in, vote …) go through it. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the phone page');
  return session;
}

/** One value of the session's view; the component re-renders only when it changes. */
export function usePhone<T>(selector: (view: SessionView) => T): T {
  return useStore(useSession().store, selector);
}
