import type { Connection } from '../../api/client';

type DemoWorker = typeof import('../../mocks/browser');
/** Set once the demo has been loaded, so ending it needs no further download. */
let loadedWorker: DemoWorker | undefined;

/**
 * Starts the built-in demo tenant. The mock service worker and its data are loaded only here,
 * so users who connect to a real tenant never download them. `tenantSize` > 0 serves a
 * generated tenant of that many purposes instead of the hand-made one.
 */
export async function startDemo(tenantSize = 0): Promise<Connection> {
  const [worker, { DEMO_TOKEN }] = await Promise.all([
    import('../../mocks/browser'),
    import('../../mocks/data'),
  ]);
  loadedWorker = worker;
  await worker.startDemoWorker(tenantSize);
  return { endpoint: worker.DEMO_ENDPOINT, token: DEMO_TOKEN };
}

/**
 * Stops the demo's service worker, at once, when its session ends: while it runs it sees every
 * request of the site, a real tenant's included (it answers only `/demo-api`).
 */
export function stopDemo(): void {
  loadedWorker?.stopDemoWorker();
}
