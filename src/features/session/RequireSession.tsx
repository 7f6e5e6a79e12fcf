import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSessionState } from './sessionStore';

export interface ReturnState {
  /** Where to go after connecting: the deep link the user opened, or where the session ended. */
  from?: string;
}

/** Screens behind it need a token; without one the user goes to /connect and comes back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSessionState();
  const location = useLocation();
  if (!session) {
    const state: ReturnState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/connect" replace state={state} />;
  }
  return children;
}
