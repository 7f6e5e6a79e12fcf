import { useSessionState, type Session } from './sessionStore';

/** The open session, for screens behind the session guard (which guarantees there is one). */
export function useSession(): Session {
  const { session } = useSessionState();
  if (!session) throw new Error('useSession is only for screens behind RequireSession');
  return session;
}
