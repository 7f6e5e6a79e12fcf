import type { QueryClient } from '@tanstack/react-query';
import {
  Navigate,
  Outlet,
  ScrollRestoration,
  createBrowserRouter,
  type RouteObject,
} from 'react-router';
import type { Connection } from '../api/client';
import { RequireSession } from '../features/session/RequireSession';
import { useSessionState } from '../features/session/sessionStore';
import { closeSession } from './closeSession';
import { FocusOutline } from './FocusOutline';
import { RouteErrorScreen } from './RouteErrorScreen';
import { RouteFocus } from './RouteFocus';

// Every screen is its own chunk, fetched by the router when a URL first needs it (all the
// chunks one URL needs load in parallel), so index.html loads only what draws the first one:
// `scripts/check-bundle-size.mjs` holds that to a budget.

const loadAppLayout = () => import('./AppLayout');
const loadPurposesPage = () => import('../features/purposes/PurposesPage');

/**
 * Connect checks the pair by fetching the list, which the grid then finds in the cache. The
 * parser (zod) loads on the first Connect, not with the form: the form draws sooner. The grid's
 * code loads meanwhile, so the grid opens as soon as the answer is in.
 */
async function checkConnection(connection: Connection, client: QueryClient) {
  // Only a head start: the route loads (and reports a failure) on its own.
  Promise.all([loadAppLayout(), loadPurposesPage()]).catch(() => {});
  const { purposeQueries } = await import('../features/purposes/api');
  return client.fetchQuery({
    ...purposeQueries.list(connection),
    staleTime: 0,
    meta: { connectCheck: true },
  });
}

async function connectRoute() {
  const { ConnectPage } = await import('../features/session/ConnectPage');
  return {
    element: (
      <ConnectPage
        checkConnection={checkConnection}
        endCurrentSession={(client) => closeSession(client, 'signed-out')}
      />
    ),
  };
}

async function signedInRoute() {
  const { AppLayout } = await loadAppLayout();
  return {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
  };
}

/** `/` goes straight to the screen it ends on, so a new user never loads the signed-in ones. */
function Home() {
  const { session } = useSessionState();
  return <Navigate to={session ? '/purposes' : '/connect'} replace />;
}

function Root() {
  return (
    <>
      <ScrollRestoration />
      <RouteFocus />
      <FocusOutline />
      <Outlet />
    </>
  );
}

/** Shown instead of the whole app while the first screen's chunks load: a blank page. */
function FirstScreenLoading() {
  return null;
}

export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteErrorScreen />,
    HydrateFallback: FirstScreenLoading,
    children: [
      { index: true, element: <Home /> },
      { path: 'connect', lazy: connectRoute },
      {
        lazy: signedInRoute,
        children: [
          {
            path: 'purposes',
            lazy: async () => ({ Component: (await loadPurposesPage()).PurposesPage }),
            errorElement: <RouteErrorScreen />,
          },
          {
            path: 'purposes/:id',
            lazy: async () => ({
              Component: (await import('../features/purposes/PurposeDetailPage')).PurposeDetailPage,
            }),
            errorElement: <RouteErrorScreen />,
          },
        ],
      },
      { path: '*', element: <RouteErrorScreen /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
