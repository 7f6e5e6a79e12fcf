import { expect, test, type Request } from '@playwright/test';
import {
  DEMO_TOKEN,
  MOCK_API,
  PROXY_ENDPOINT,
  connectButton,
  connectForm,
  connectToMockApi,
  detailHeading,
  endpointField,
  expectGrid,
  isListRequest,
  purposeLink,
  recordRequests,
  signOutButton,
  storageText,
  submitConnectForm,
  tokenField,
} from './fixtures';

test.describe('connecting to a tenant', () => {
  test('connects with one list request carrying the bearer, then browses', async ({ page }) => {
    await page.goto('/connect');
    await endpointField(page).fill(MOCK_API);
    await tokenField(page).fill(DEMO_TOKEN);

    const listRequests = recordRequests(page, isListRequest);
    await connectButton(page).click();
    await expect(page).toHaveURL(/\/purposes$/);
    await expectGrid(page);

    // Connect checks the pair with the list request, and the grid reuses that answer.
    expect(listRequests.map((request) => request.method())).toEqual(['GET']);
    const [list] = listRequests as [Request];
    expect(list.url()).toBe(`${MOCK_API}/v1/purposes`);
    expect((await list.allHeaders()).authorization).toBe(`Bearer ${DEMO_TOKEN}`);

    await purposeLink(page, 'Sales').click();
    await expect(page).toHaveURL(/\/purposes\/581$/);
    await expect(detailHeading(page)).toHaveText('Sales');

    await page.getByRole('link', { name: 'Back to purposes' }).click();
    await expect(page).toHaveURL(/\/purposes$/);
    await expectGrid(page);
    expect(listRequests).toHaveLength(1);
  });

  test('a wrong token is refused inline and the user stays on /connect', async ({ page }) => {
    await page.goto('/connect');
    await submitConnectForm(page, { token: 'not-the-right-token' });

    await expect(connectForm(page).getByRole('alert')).toContainText(
      /token is invalid or has expired/i,
    );
    await expect(page).toHaveURL(/\/connect$/);
    await expect(purposeLink(page, 'Marketing')).toHaveCount(0);
  });

  // A refused first connect must not also look like the end of a session that never began
  // (a second role=alert, "Connect again to continue"); fixed in 3e4980f.
  test('a wrong token is reported once, not as an ended session too', async ({ page }) => {
    await page.goto('/connect');
    await submitConnectForm(page, { token: 'not-the-right-token' });
    await expect(connectForm(page).getByRole('alert')).toBeVisible();

    await expect(
      page.getByRole('alert').filter({ hasText: /invalid or has expired/i }),
    ).toHaveCount(1);
  });

  test('the token is masked until Show token is pressed', async ({ page }) => {
    await page.goto('/connect');
    await tokenField(page).fill(DEMO_TOKEN);
    await expect(tokenField(page)).toHaveAttribute('type', 'password');

    await page.getByRole('button', { name: 'Show token' }).click();
    await expect(tokenField(page)).toHaveAttribute('type', 'text');
    await expect(tokenField(page)).toHaveValue(DEMO_TOKEN);

    await page.getByRole('button', { name: 'Hide token' }).click();
    await expect(tokenField(page)).toHaveAttribute('type', 'password');
  });

  test('connects through the same-origin proxy /api', async ({ page, baseURL }) => {
    const listRequests = recordRequests(page, isListRequest);
    await connectToMockApi(page, { endpoint: PROXY_ENDPOINT });

    await expect(page).toHaveURL(/\/purposes$/);
    await expectGrid(page);
    expect(listRequests.map((request) => request.url())).toEqual([
      `${baseURL}${PROXY_ENDPOINT}/v1/purposes`,
    ]);
  });

  test('accepts an endpoint pasted with /v1 and a trailing slash', async ({ page }) => {
    const listRequests = recordRequests(page, isListRequest);
    await connectToMockApi(page, { endpoint: `${MOCK_API}/v1/` });

    await expectGrid(page);
    expect(listRequests.map((request) => request.url())).toEqual([`${MOCK_API}/v1/purposes`]);
  });

  test('refuses an ftp:// endpoint with a message and sends nothing', async ({ page }) => {
    await page.goto('/connect');
    const apiRequests = recordRequests(page, (request) => request.url().includes('/v1/'));
    await submitConnectForm(page, { endpoint: 'ftp://x' });

    const field = endpointField(page);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/https:\/\//);
    // The error replaces the field's help text, which also mentions https://.
    await expect(field).not.toHaveAccessibleDescription(/API hub for your tenant/);
    await expect(page).toHaveURL(/\/connect$/);
    expect(apiRequests).toHaveLength(0);
  });

  test('offers the endpoints used before after a sign-out', async ({ page }) => {
    await connectToMockApi(page);
    await signOutButton(page).click();
    await expect(page).toHaveURL(/\/connect$/);

    const field = endpointField(page);
    await field.fill('');
    await field.click();
    const suggestion = page.getByRole('option', { name: MOCK_API, exact: true });
    await expect(suggestion).toBeVisible();
    await suggestion.click();
    await expect(field).toHaveValue(MOCK_API);

    await tokenField(page).fill(DEMO_TOKEN);
    await connectButton(page).click();
    await expectGrid(page);
  });

  test('never puts the token in localStorage, a URL or the console', async ({ page }) => {
    const wrongToken = 'wrong-token-5d1c9e';
    const consoleMessages: string[] = [];
    const urls: string[] = [];
    page.on('console', (message) => consoleMessages.push(message.text()));
    page.on('pageerror', (error) => consoleMessages.push(String(error)));
    page.on('framenavigated', (frame) => urls.push(frame.url()));
    page.on('request', (request) => urls.push(request.url()));

    // The failure path first: errors are where secrets leak.
    await page.goto('/connect');
    await submitConnectForm(page, { token: wrongToken });
    await expect(connectForm(page).getByRole('alert')).toBeVisible();

    await submitConnectForm(page, { token: DEMO_TOKEN });
    await expectGrid(page);
    await purposeLink(page, 'Presales').click();
    await expect(detailHeading(page)).toHaveText('Presales');
    await signOutButton(page).click();
    await expect(page).toHaveURL(/\/connect$/);

    urls.push(page.url());
    for (const token of [DEMO_TOKEN, wrongToken]) {
      expect(await storageText(page, 'localStorage')).not.toContain(token);
      expect(urls.filter((url) => url.includes(token))).toEqual([]);
      expect(consoleMessages.filter((text) => text.includes(token))).toEqual([]);
    }
    // The endpoint is not a secret and is kept, which shows localStorage was looked at.
    expect(await storageText(page, 'localStorage')).toContain(MOCK_API);
  });
});
