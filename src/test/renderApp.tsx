import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { createQueryClient } from '../app/queryClient';
import { routes } from '../app/router';
import { theme } from '../app/theme';
import { resetLogoProbe } from '../features/purposes/checks/logoProbe';
import { resetSessionForTests, startSession } from '../features/session/sessionStore';
import { DEMO_TOKEN } from '../mocks/data';

export const TEST_ENDPOINT = 'https://api.test';

/**
 * Renders the real app at `path` with a fresh QueryClient and an in-memory router, optionally
 * signed in to the MSW test tenant (`https://api.test` with the demo token).
 */
export function renderApp(path: string, { signedIn = true, token = DEMO_TOKEN } = {}) {
  resetSessionForTests();
  resetLogoProbe(); // logo results are kept for a session; each test is a new one
  if (signedIn) startSession({ endpoint: TEST_ENDPOINT, token, remember: false, demo: false });
  const client = createQueryClient();
  client.setDefaultOptions({
    queries: { ...client.getDefaultOptions().queries, retryDelay: 0 },
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ThemeProvider>,
  );
  return { ...view, client, router };
}
