import type { QueryClient } from '@tanstack/react-query';
import { resetLogoProbe } from '../features/purposes/checks/logoProbe';
import { stopDemo } from '../features/session/demo';
import { endSession, getSession, type EndReason } from '../features/session/sessionStore';

/**
 * Ends the session and forgets everything learnt in it: the token (memory and sessionStorage),
 * every cached answer and every logo check, and stops the demo's service worker. Sign out, a
 * rejected token and a new Connect while signed in all end here.
 */
export function closeSession(client: QueryClient, reason: EndReason) {
  const session = getSession();
  if (!session) return; // nothing to end (e.g. a first Connect)
  if (session.demo) stopDemo();
  endSession(reason);
  client.clear();
  resetLogoProbe();
}
