import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';

/** A same-origin path no real tenant uses, so the worker never answers for one. */
export const DEMO_ENDPOINT = '/demo-api';

let starting: Promise<void> | undefined;

async function start(): Promise<void> {
  const worker = setupWorker(
    ...createHandlers({ base: DEMO_ENDPOINT, logoBase: window.location.origin }),
  );
  await worker.start({
    // Real tenants' calls, logos and the app's own files go to the network untouched.
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}

/** Starts the demo API once; later calls share the same start. A failed start may be retried. */
export async function startDemoWorker(): Promise<void> {
  starting ??= start().catch((error: unknown) => {
    starting = undefined;
    throw error;
  });
  return starting;
}
