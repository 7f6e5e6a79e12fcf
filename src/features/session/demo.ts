import type { Connection } from '../../api/client';

/**
 * Starts the built-in demo tenant. The mock service worker and its data are loaded only here,
 * so users who connect to a real tenant never download them. `tenantSize` > 0 serves a
 * generated tenant of that many purposes instead of the hand-made one.
 */
export async function startDemo(tenantSize = 0): Promise<Connection> {
  const [{ startDemoWorker, DEMO_ENDPOINT }, { DEMO_TOKEN }] = await Promise.all([
    import('../../mocks/browser'),
    import('../../mocks/data'),
  ]);
  await startDemoWorker(tenantSize);
  return { endpoint: DEMO_ENDPOINT, token: DEMO_TOKEN };
}
