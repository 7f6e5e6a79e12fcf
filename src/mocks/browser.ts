import { setupWorker } from 'msw/browser';
import { createDemoPurposes, createLargeTenant } from './data';
import { createHandlers } from './handlers';

/** A same-origin path no real tenant uses, so the worker never answers for one. */
export const DEMO_ENDPOINT = '/demo-api';

let worker: ReturnType<typeof setupWorker> | undefined;
let starting: Promise<void> | undefined;
/** 0 for the hand-made demo tenant; otherwise a generated tenant of this many purposes. */
let size = 0;
let tenant: { size: number; purposes: Record<string, unknown>[] } | undefined;

function demoPurposes(): Record<string, unknown>[] {
  if (tenant?.size !== size) {
    const logoBase = window.location.origin;
    tenant = {
      size,
      purposes: size > 0 ? createLargeTenant(size, logoBase) : createDemoPurposes(logoBase),
    };
  }
  return tenant.purposes;
}

async function start(): Promise<void> {
  worker ??= setupWorker(
    ...createHandlers({
      base: DEMO_ENDPOINT,
      logoBase: window.location.origin,
      purposes: demoPurposes,
    }),
  );
  await worker.start({
    // Real tenants' calls, logos and the app's own files go to the network untouched.
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}

/**
 * Starts the demo API once; later calls share the same start. A failed start may be retried.
 * `tenantSize` (from `/connect?demoSize=5000`) serves a generated tenant, for trying scale.
 */
export async function startDemoWorker(tenantSize = 0): Promise<void> {
  size = tenantSize;
  starting ??= start().catch((error: unknown) => {
    starting = undefined;
    throw error;
  });
  return starting;
}

/**
 * Ends the demo when its session ends. While it runs, the service worker sees every request of
 * the site (answering only `/demo-api`); once this tab stops it, a real tenant's requests no
 * longer pass through it.
 */
export function stopDemoWorker(): void {
  if (!starting) return;
  worker?.stop();
  starting = undefined;
}
