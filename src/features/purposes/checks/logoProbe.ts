import type { LogoStatus } from './tenantChecks';

/**
 * Loads every logo in the background so the tenant checks know which ones are broken without
 * waiting for each card to scroll into view. Results are kept for the session: a logo that
 * loaded once is not fetched again when the list is refetched.
 */

type LoadImage = (url: string) => Promise<boolean>;

export interface ProbeOptions {
  concurrency?: number;
  loadImage?: LoadImage;
}

export const DEFAULT_CONCURRENCY = 6;
export const LOGO_TIMEOUT_MS = 15_000;
/** Listeners hear at most one change per interval: each tells the UI to re-run every check. */
export const NOTIFY_INTERVAL_MS = 100;

/** Loads one image the way a card would; true when it decodes, false on error or timeout. */
export function loadImageElement(url: string, timeoutMs = LOGO_TIMEOUT_MS): Promise<boolean> {
  // Only http(s) may become a source (see safeImageUrl); anything else is simply a failure.
  if (!/^https?:/i.test(url)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const image = new Image();
    const finish = (loaded: boolean) => {
      clearTimeout(timer);
      image.onload = null;
      image.onerror = null;
      // Clearing the source stops a download still running after the timeout.
      if (!loaded) image.removeAttribute('src');
      resolve(loaded);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    image.onload = () => finish(true);
    image.onerror = () => finish(false);
    // Same policy as the visible <img>: the tenant's logo host learns nothing about this app.
    image.referrerPolicy = 'no-referrer';
    image.decoding = 'async';
    image.src = url;
  });
}

interface Job {
  url: string;
  loadImage: LoadImage;
}

const statuses = new Map<string, LogoStatus>();
const listeners = new Set<() => void>();
// A queue read from `head` rather than shifted: 20,000 shifts would each move the whole array.
let queue: Job[] = [];
let head = 0;
let inFlight = 0;
let concurrency = DEFAULT_CONCURRENCY;
let version = 0;
// Bumped by reset, so loads started before a sign-out cannot write into the next session.
let generation = 0;
let lastNotified = Number.NEGATIVE_INFINITY;
let notifyTimer: ReturnType<typeof setTimeout> | undefined;

function notify(): void {
  notifyTimer = undefined;
  lastNotified = Date.now();
  for (const listener of [...listeners]) listener();
}

/**
 * The version moves at once, so any render reads fresh statuses. Listeners are throttled: a
 * lone change is heard at once, but hundreds of logos settling within a second make a handful
 * of re-renders (each of which re-runs the checks over every purpose), not hundreds.
 */
function changed(): void {
  version += 1;
  if (notifyTimer !== undefined) return;
  const wait = lastNotified + NOTIFY_INTERVAL_MS - Date.now();
  if (wait <= 0) notify();
  else notifyTimer = setTimeout(notify, wait);
}

function pump(): void {
  while (inFlight < concurrency && head < queue.length) {
    const job = queue[head];
    head += 1;
    // Skipped when the visible <img> reported first: no need to fetch what is known.
    if (!job || statuses.get(job.url) !== 'pending') continue;
    start(job);
  }
  if (head === queue.length) {
    queue = [];
    head = 0;
  }
}

function start(job: Job): void {
  const started = generation;
  inFlight += 1;
  // A loader that throws or rejects counts as a failed logo, never as a stuck slot.
  Promise.resolve()
    .then(() => job.loadImage(job.url))
    .then(
      (loaded) => loaded === true,
      () => false,
    )
    .then((loaded) => {
      if (started !== generation) return;
      inFlight -= 1;
      // Next load first, so that a listener that throws cannot stall the queue.
      pump();
      // The visible <img> may have reported while this loaded; its answer stands.
      if (statuses.get(job.url) === 'pending') {
        statuses.set(job.url, loaded ? 'ok' : 'failed');
        changed();
      }
    });
}

/**
 * Queues every URL not already known. Pass the normalised URLs (`probeableLogoUrls`), since
 * statuses are looked up by exactly the string given here. The latest call's concurrency applies.
 */
export function probeLogos(urls: Iterable<string>, options: ProbeOptions = {}): void {
  const loadImage = options.loadImage ?? ((url: string) => loadImageElement(url));
  concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  let added = false;
  for (const url of urls) {
    if (statuses.has(url)) continue;
    statuses.set(url, 'pending');
    queue.push({ url, loadImage });
    added = true;
  }
  // One notification for the whole batch: marking 20,000 URLs pending is one change to a reader.
  if (added) changed();
  pump();
}

export function getLogoStatus(url: string): LogoStatus | undefined {
  return statuses.get(url);
}

/** A visible `<img>` often learns first; its result is kept and the probe skips that URL. */
export function reportLogoStatus(url: string, status: 'ok' | 'failed'): void {
  if (statuses.get(url) === status) return;
  statuses.set(url, status);
  changed();
}

export function subscribeLogoStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Changes whenever any status does: a cheap snapshot for `useSyncExternalStore`. */
export function getLogoStatusVersion(): number {
  return version;
}

/**
 * Forgets every status and drops the queue (on sign-out, and between tests). Subscribers stay
 * subscribed and are told, so anything still mounted re-reads an empty store.
 */
export function resetLogoProbe(): void {
  generation += 1;
  statuses.clear();
  queue = [];
  head = 0;
  inFlight = 0;
  concurrency = DEFAULT_CONCURRENCY;
  clearTimeout(notifyTimer);
  version += 1;
  notify();
  // A fresh session hears its first change at once.
  lastNotified = Number.NEGATIVE_INFINITY;
}
