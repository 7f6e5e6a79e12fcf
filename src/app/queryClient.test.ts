import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { startSession, getSession } from '../features/session/sessionStore';
import { apiFailure } from '../mocks/handlers';
import { DEMO_TOKEN } from '../mocks/data';
import { server } from '../mocks/node';
import { renderApp, TEST_ENDPOINT } from '../test/renderApp';

type User = ReturnType<typeof userEvent.setup>;

/** Every request from now on is refused the way the API refuses an expired token. */
function expireTheToken() {
  const rejected = () => apiFailure(401, 498, 'Invalid token or Access token expired');
  server.use(http.get('*/v1/purposes', rejected), http.get('*/v1/purposes/:id', rejected));
}

/** Opens the app at `path`, signed in with a remembered (sessionStorage) token. */
async function renderRemembered(path: string) {
  const user = userEvent.setup();
  const view = renderApp(path);
  act(() => {
    startSession({ endpoint: TEST_ENDPOINT, token: DEMO_TOKEN, remember: true, demo: false });
  });
  expect(sessionStorage.length).toBe(1);
  return { user, ...view };
}

async function expectSessionEnded(client: ReturnType<typeof renderApp>['client']) {
  const notice = await screen.findByText(/token is invalid or has expired/i);
  expect(notice).toBeVisible();
  expect(screen.getByRole('button', { name: 'Connect' })).toBeInTheDocument();
  expect(getSession()).toBeNull();
  expect(sessionStorage.length).toBe(0);
  expect(client.getQueryCache().getAll()).toEqual([]);
}

async function reconnect(user: User) {
  await user.click(screen.getByRole('combobox', { name: 'API endpoint' }));
  await user.paste(TEST_ENDPOINT);
  await user.click(screen.getByLabelText(/^API token/));
  await user.paste(DEMO_TOKEN);
  await user.click(screen.getByRole('button', { name: 'Connect' }));
}

describe('an expired token mid-session', () => {
  it('ends the session from a detail query and returns there after reconnecting', async () => {
    const { user, router, client } = await renderRemembered('/purposes/582');
    await screen.findByRole('heading', { level: 1, name: 'Marketing' });

    expireTheToken();
    const search = screen.getByRole('search', { name: 'Open a purpose by ID' });
    await user.type(within(search).getByRole('textbox', { name: 'Purpose ID' }), '579{Enter}');

    await expectSessionEnded(client);
    expect(router.state.location.pathname).toBe('/connect');

    server.resetHandlers();
    await reconnect(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Presales' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/purposes/579');
    expect(screen.queryByText(/token is invalid or has expired/i)).not.toBeInTheDocument();
  });

  it('ends the session from a list refetch and returns to the grid', async () => {
    const { user, router, client } = await renderRemembered('/purposes');
    await screen.findByRole('list', { name: 'Purposes' });

    expireTheToken();
    await act(() => client.invalidateQueries());

    await expectSessionEnded(client);
    expect(router.state.location.pathname).toBe('/connect');

    server.resetHandlers();
    await reconnect(user);

    expect(await screen.findByRole('list', { name: 'Purposes' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/purposes');
    expect(getSession()).toMatchObject({ endpoint: TEST_ENDPOINT, token: DEMO_TOKEN });
  });

  it('keeps the session for a 401 with code 430, which is a missing permission', async () => {
    server.use(
      http.get('*/v1/purposes/:id', () => apiFailure(401, 430, 'Not allowed for this resource')),
    );
    const { router } = await renderRemembered('/purposes/582');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/not allowed to read purposes/i);
    expect(router.state.location.pathname).toBe('/purposes/582');
    expect(getSession()).not.toBeNull();
    expect(sessionStorage.length).toBe(1);
  });
});
