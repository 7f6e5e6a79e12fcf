import { useSyncExternalStore } from 'react';
import type { Connection } from '../../api/client';

/** A connection the user opened. The token is a long-lived secret: memory by default. */
export interface Session extends Connection {
  /** Kept in sessionStorage (this tab only) when the user asked; never in localStorage. */
  remember: boolean;
  /** The built-in demo tenant, served in the browser by a service worker. */
  demo: boolean;
}

export type EndReason = 'signed-out' | 'token-rejected';

interface SessionState {
  session: Session | null;
  /** Why the last session ended, for the token screen to say. */
  endReason: EndReason | null;
}

const STORAGE_KEY = 'purposes-console.session';

/**
 * The stored pair, checked by hand: this runs at boot, and zod here would put the whole of zod
 * into the entry chunk for three fields (see scripts/check-bundle-size.mjs).
 */
function readStored(value: unknown): Omit<Session, 'remember'> | null {
  if (typeof value !== 'object' || value === null) return null;
  const { endpoint, token, demo } = value as Record<string, unknown>;
  if (typeof endpoint !== 'string' || !endpoint) return null;
  if (typeof token !== 'string' || !token) return null;
  if (typeof demo !== 'boolean') return null;
  return { endpoint, token, demo };
}

function readRemembered(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const stored = raw ? readStored(JSON.parse(raw)) : null;
    return stored ? { ...stored, remember: true } : null;
  } catch {
    return null; // storage disabled or corrupt: ask again
  }
}

let state: SessionState = { session: readRemembered(), endReason: null };
const listeners = new Set<() => void>();

function setState(next: SessionState) {
  state = next;
  listeners.forEach((listener) => listener());
}

export function getSessionState(): SessionState {
  return state;
}

export function getSession(): Session | null {
  return state.session;
}

export function startSession(session: Session) {
  try {
    if (session.remember) {
      const { endpoint, token, demo } = session;
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ endpoint, token, demo }));
    } else {
      sessionStorage.removeItem(STORAGE_KEY);
    }
  } catch {
    // Storage refused (private mode quotas): the session still works for this page.
  }
  setState({ session, endReason: null });
}

/** Forgets the token everywhere it was kept. Callers also clear the query cache. */
export function endSession(reason: EndReason) {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing was stored
  }
  setState({ session: null, endReason: reason });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionState(): SessionState {
  return useSyncExternalStore(subscribe, getSessionState);
}

/** For tests: start each one signed out, as a fresh page would. */
export function resetSessionForTests() {
  setState({ session: readRemembered(), endReason: null });
}
