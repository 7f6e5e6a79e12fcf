import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { DEMO_TOKEN } from '../../mocks/data';
import { server } from '../../mocks/node';
import { recordRequests } from '../../test/requests';
import { renderApp, TEST_ENDPOINT } from '../../test/renderApp';
import { getSession } from './sessionStore';

/** Resolves once the token screen is there: it is its own chunk, loaded when first needed. */
async function renderConnect(path = '/connect') {
  const user = userEvent.setup();
  const view = renderApp(path, { signedIn: false });
  await screen.findByRole('form', { name: 'Connect to a tenant' });
  return { user, ...view };
}

const endpointField = () => screen.getByRole('combobox', { name: 'API endpoint' });
const tokenField = () => screen.getByLabelText(/^API token/);
const connectForm = () => screen.getByRole('form', { name: 'Connect to a tenant' });

type User = ReturnType<typeof userEvent.setup>;

/** Pastes, as users do with endpoints and keys (and one event instead of one per character). */
async function paste(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function connect(user: User, endpoint: string, token: string, { remember = false } = {}) {
  await paste(user, endpointField(), endpoint);
  await paste(user, tokenField(), token);
  if (remember) {
    await user.click(screen.getByRole('checkbox', { name: 'Remember for this browser tab' }));
  }
  await user.click(screen.getByRole('button', { name: 'Connect' }));
}

describe('ConnectPage', () => {
  it('has the fields and buttons of the contract', async () => {
    const { user } = await renderConnect();

    expect(screen.getByRole('heading', { level: 1, name: 'Purposes Console' })).toBeVisible();
    expect(endpointField()).toBeInTheDocument();
    expect(endpointField()).toBeRequired();
    expect(tokenField()).toHaveAttribute('type', 'password');
    expect(tokenField()).toHaveAttribute('autocomplete', 'off');
    const remember = screen.getByRole('checkbox', { name: 'Remember for this browser tab' });
    expect(remember).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Connect' })).toHaveAttribute('type', 'submit');
    expect(screen.getByRole('button', { name: 'Try the demo' })).toBeInTheDocument();

    await user.type(tokenField(), 'abc');
    await user.click(screen.getByRole('button', { name: 'Show token' }));
    expect(tokenField()).toHaveAttribute('type', 'text');
    expect(tokenField()).toHaveValue('abc');
    await user.click(screen.getByRole('button', { name: 'Hide token' }));
    expect(tokenField()).toHaveAttribute('type', 'password');
  });

  it('connects, opens the grid and reuses the checking request for it', async () => {
    const { user, router } = await renderConnect();
    const requests = recordRequests();

    await connect(user, TEST_ENDPOINT, DEMO_TOKEN);

    expect(await screen.findByRole('list', { name: 'Purposes' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/purposes');
    expect(await screen.findByText('30 purposes')).toBeInTheDocument();
    expect(requests).toEqual(['https://api.test/v1/purposes']);
    expect(getSession()).toEqual({
      endpoint: TEST_ENDPOINT,
      token: DEMO_TOKEN,
      remember: false,
      demo: false,
    });
    // Not remembered: the token is in memory only; the endpoint becomes a suggestion.
    expect(sessionStorage.length).toBe(0);
    expect(JSON.stringify(localStorage)).not.toContain(DEMO_TOKEN);
    expect(JSON.stringify(localStorage)).toContain(TEST_ENDPOINT);
  });

  it('ends an open session before connecting anew, so nothing of it carries over', async () => {
    const user = userEvent.setup();
    const { client, router } = renderApp('/connect'); // signed in to TEST_ENDPOINT
    await screen.findByRole('form', { name: 'Connect to a tenant' });
    const oldKey = ['purposes', TEST_ENDPOINT, 'detail', 582];
    client.setQueryData(oldKey, { id: 582, name: 'From the old session' });

    await connect(user, TEST_ENDPOINT, DEMO_TOKEN);
    await screen.findByRole('heading', { level: 1, name: 'Purposes' });
    expect(router.state.location.pathname).toBe('/purposes');
    expect(client.getQueryData(oldKey)).toBeUndefined();
    expect(getSession()).toMatchObject({ endpoint: TEST_ENDPOINT, token: DEMO_TOKEN });
  });

  it('keeps the token in sessionStorage when asked to remember it', async () => {
    const { user } = await renderConnect();

    await connect(user, TEST_ENDPOINT, DEMO_TOKEN, { remember: true });

    expect(await screen.findByRole('list', { name: 'Purposes' })).toBeInTheDocument();
    expect(getSession()?.remember).toBe(true);
    expect(JSON.stringify(sessionStorage)).toContain(DEMO_TOKEN);
    expect(JSON.stringify(localStorage)).not.toContain(DEMO_TOKEN);
  });

  it('says inline that a wrong token is invalid or has expired, and stays', async () => {
    const { user, router } = await renderConnect();

    await connect(user, TEST_ENDPOINT, 'wrong-token');

    const error = await within(connectForm()).findByRole('alert');
    expect(error).toHaveTextContent(/invalid or has expired/);
    expect(error).toHaveTextContent('code 498');
    expect(router.state.location.pathname).toBe('/connect');
    expect(getSession()).toBeNull();
    expect(tokenField()).toHaveValue('wrong-token');
  });

  it('refuses an ftp:// endpoint without any request', async () => {
    const { user, router } = await renderConnect();
    const requests = recordRequests();

    await connect(user, 'ftp://x', DEMO_TOKEN);

    expect(endpointField()).toHaveAccessibleDescription(/must start with https:\/\//);
    expect(endpointField()).toHaveAttribute('aria-invalid', 'true');
    expect(router.state.location.pathname).toBe('/connect');
    expect(requests).toEqual([]);
  });

  it('asks for a token without any request', async () => {
    const { user } = await renderConnect();
    const requests = recordRequests();

    await paste(user, endpointField(), TEST_ENDPOINT);
    await user.click(screen.getByRole('button', { name: 'Connect' }));

    expect(tokenField()).toHaveAccessibleDescription('Enter your API token.');
    expect(requests).toEqual([]);
  });

  it('drops a pasted /v1/ from the endpoint', async () => {
    const { user } = await renderConnect();
    const requests = recordRequests();

    await connect(user, 'https://api.test/v1/', DEMO_TOKEN);

    expect(await screen.findByRole('list', { name: 'Purposes' })).toBeInTheDocument();
    expect(requests).toEqual(['https://api.test/v1/purposes']);
    expect(getSession()?.endpoint).toBe(TEST_ENDPOINT);
  });

  it('explains an unreachable endpoint, mentioning CORS', async () => {
    server.use(http.get('*/v1/purposes', () => HttpResponse.error()));
    const { user, router } = await renderConnect();

    await connect(user, TEST_ENDPOINT, DEMO_TOKEN);

    const error = await within(connectForm()).findByRole('alert');
    expect(error).toHaveTextContent(/could not be reached/);
    expect(error).toHaveTextContent(/CORS/);
    expect(router.state.location.pathname).toBe('/connect');
    expect(getSession()).toBeNull();
  });

  it('sends a deep link without a session to connect, then back to the link', async () => {
    const { user, router } = await renderConnect('/purposes/579');

    expect(await screen.findByRole('button', { name: 'Connect' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/connect');

    await connect(user, TEST_ENDPOINT, DEMO_TOKEN);

    expect(await screen.findByRole('heading', { level: 1, name: 'Presales' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/purposes/579');
  });
});
