import type { QueryClient } from '@tanstack/react-query';
import { resetLogoProbe } from '../features/purposes/checks/logoProbe';
import { endSession, type EndReason } from '../features/session/sessionStore';

/**
 * Ends the session and forgets everything learnt in it: the token (memory and sessionStorage),
 * every cached answer and every logo check. Sign out and a rejected token both end here.
 */
export function closeSession(client: QueryClient, reason: EndReason) {
  endSession(reason);
  client.clear();
  resetLogoProbe();
}
