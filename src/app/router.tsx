import type { QueryClient } from '@tanstack/react-query';
import { Navigate, Outlet, ScrollRestoration, createBrowserRouter } from 'react-router';
import type { Connection } from '../api/client';
import { purposeQueries } from '../features/purposes/api';
import { PurposeDetailPage } from '../features/purposes/PurposeDetailPage';
import { PurposesPage } from '../features/purposes/PurposesPage';
import { ConnectPage } from '../features/session/ConnectPage';
import { RequireSession } from '../features/session/RequireSession';
import { AppLayout } from './AppLayout';
import { FocusOutline } from './FocusOutline';
import { RouteErrorScreen } from './RouteErrorScreen';
import { RouteFocus } from './RouteFocus';

/** Connect checks the pair by fetching the list, which the grid then finds in the cache. */
function checkConnection(connection: Connection, client: QueryClient) {
  return client.fetchQuery({
    ...purposeQueries.list(connection),
    staleTime: 0,
    meta: { connectCheck: true },
  });
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

export const routes = [
  {
    element: <Root />,
    errorElement: <RouteErrorScreen />,
    children: [
      { index: true, element: <Navigate to="/purposes" replace /> },
      { path: 'connect', element: <ConnectPage checkConnection={checkConnection} /> },
      {
        element: (
          <RequireSession>
            <AppLayout />
          </RequireSession>
        ),
        children: [
          { path: 'purposes', element: <PurposesPage />, errorElement: <RouteErrorScreen /> },
          {
            path: 'purposes/:id',
            element: <PurposeDetailPage />,
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
