import { expect, test, type Page, type Route } from '@playwright/test';
import {
  DEMO_TOKEN,
  MOCK_API,
  connectToMockApi,
  detailHeading,
  lookupField,
  purposeGrid,
  submitConnectForm,
} from './fixtures';

// Each test scripts one failure of the real mock API with Playwright's router, the browser-side
// equivalent of an MSW override.
const LIST = `${MOCK_API}/v1/purposes`;
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  contentType: 'application/json',
  headers: { 'access-control-allow-origin': '*', ...headers },
  body: JSON.stringify(body),
});
const purpose = (id: number, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  tenantName: 'surya',
  createdDate: '2023-01-05 08:51:06',
  description: `${name} purpose`,
  ...extra,
});
const connectError = (page: Page) => page.getByRole('alert');

/** Makes the mock API answer with these entries, for the list and for each id. */
async function serveEntries(page: Page, entries: unknown[]) {
  await page.route(LIST, (route) => route.fulfill(json(200, entries)));
  await page.route(`${LIST}/*`, (route) => {
    const id = new URL(route.request().url()).pathname.split('/').pop();
    const entry = entries.find((item) => String((item as { id?: unknown }).id) === id);
    return route.fulfill(
      entry ? json(200, entry) : json(404, { code: 404, description: 'Not found' }),
    );
  });
}

test('a token refused at connect says it is invalid or expired, with the API’s words', async ({
  page,
}) => {
  await page.route(LIST, (route) =>
    route.fulfill(json(401, { code: 498, description: 'Invalid token or Access token expired' })),
  );
  await page.goto('/connect');
  await submitConnectForm(page);
  await expect(connectError(page)).toContainText('The token is invalid or has expired');
  await expect(connectError(page)).toContainText('Invalid token or Access token expired');
  await expect(page).toHaveURL(/\/connect$/);
});

test('a key revoked mid-session ends it, and reconnecting returns to where the user was', async ({
  page,
}) => {
  await connectToMockApi(page);
  await expect(purposeGrid(page)).toBeVisible();
  await page.route(`${LIST}/581`, (route) =>
    route.fulfill(json(401, { code: 498, description: 'Invalid token or Access token expired' })),
  );
  await lookupField(page).fill('581');
  await lookupField(page).press('Enter');

  await expect(page).toHaveURL(/\/connect$/);
  await expect(page.getByText('The token is invalid or has expired')).toBeVisible();
  await expect(page.getByLabel('API token')).toHaveValue('');
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

  await page.unroute(`${LIST}/581`);
  await submitConnectForm(page);
  await expect(page).toHaveURL(/\/purposes\/581$/);
  await expect(detailHeading(page)).toHaveText('Sales');
});

test('a key not allowed to read purposes keeps the session and says what to ask for', async ({
  page,
}) => {
  await connectToMockApi(page);
  await page.route(`${LIST}/579`, (route) =>
    route.fulfill(json(401, { code: 430, description: 'Authorization failed' })),
  );
  await lookupField(page).fill('579');
  await lookupField(page).press('Enter');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('not allowed to read purposes');
  await expect(alert).toContainText('Ask your tenant administrator');
  await expect(alert).toContainText('Authorization failed');
  await expect(page).toHaveURL(/\/purposes\/579$/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('a 500 is retried, then offers Try again, which refetches', async ({ page }) => {
  await connectToMockApi(page, { remember: true });
  let failures = 0;
  await page.route(LIST, (route: Route) => {
    failures += 1;
    return route.fulfill(json(500, { code: 500, message: 'Internal server error' }));
  });
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The API had an internal error', { timeout: 15_000 });
  await expect(alert).toContainText('Internal server error');
  expect(failures).toBe(3); // the first try and two retries

  await page.unroute(LIST);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(purposeGrid(page)).toBeVisible();
  await expect(alert).toBeHidden();
});

test('a 429 says the API is throttling and how long it asks to wait', async ({ page }) => {
  await page.route(LIST, (route) =>
    route.fulfill(
      json(
        429,
        { code: 429, message: 'Too many requests' },
        // A cross-origin page may read Retry-After only when the API exposes it.
        { 'retry-after': '30', 'access-control-expose-headers': 'retry-after' },
      ),
    ),
  );
  await page.goto('/connect');
  await submitConnectForm(page);
  await expect(connectError(page)).toContainText('throttling');
  await expect(connectError(page)).toContainText('wait 30 s');
});

test('a body that is not JSON is reported, not crashed on', async ({ page }) => {
  await page.route(LIST, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<html>Login</html>' }),
  );
  await page.goto('/connect');
  await submitConnectForm(page);
  await expect(connectError(page)).toContainText('not a purpose list');
});

test('an unreachable endpoint explains CORS and gives the proxy command for it', async ({
  page,
}) => {
  await page.goto('/connect');
  await submitConnectForm(page, { endpoint: 'http://127.0.0.1:9' });
  await expect(connectError(page)).toContainText('could not be reached');
  await expect(connectError(page)).toContainText('API_PROXY_TARGET=http://127.0.0.1:9 npm run dev');
});

test('malformed entries are skipped, counted and explained; the rest are shown', async ({
  page,
}) => {
  await serveEntries(page, [
    purpose(1, 'Alpha'),
    { id: 'x', name: 'Broken' },
    purpose(2, 'Beta'),
    42,
  ]);
  await connectToMockApi(page);
  await expect(purposeGrid(page).getByRole('link')).toHaveCount(2);
  const notice = page.getByRole('button', { name: /2 entries could not be read/ });
  await notice.click();
  await expect(page.getByText('Entry 2 of the list: id')).toBeVisible();
  await expect(page.getByText(/Entry 4 of the list/)).toBeVisible();
});

test('hostile names and logo URLs are shown as text and never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await serveEntries(page, [
    purpose(1, '<img src=x onerror=alert(1)>', { imageUrl: 'javascript:alert(2)' }),
    purpose(2, 'Data logo', { imageUrl: 'data:image/svg+xml,<svg onload=alert(3)>' }),
  ]);
  await connectToMockApi(page);
  await expect(
    purposeGrid(page).getByText('<img src=x onerror=alert(1)>', { exact: true }),
  ).toBeVisible();
  await expect(
    page.locator('img[src="x"], img[src^="javascript:"], img[src^="data:"]'),
  ).toHaveCount(0);
  await purposeGrid(page).getByRole('link').first().click();
  await expect(detailHeading(page)).toHaveText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img[src^="javascript:"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a slow answer shows progress on Connect, then the grid', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(LIST, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/connect');
  await submitConnectForm(page);
  await expect(page.getByRole('progressbar')).toBeVisible();
  release();
  await expect(purposeGrid(page)).toBeVisible();
});

test('no screen violates the Content-Security-Policy', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  await page.goto('/connect');
  await expect(page.getByRole('button', { name: 'Try the demo' })).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(purposeGrid(page)).toBeVisible();
  await purposeGrid(page).getByRole('link').first().click();
  await expect(detailHeading(page)).toBeVisible();
  expect(await violations()).toEqual([]);

  await page.goto('/connect');
  await submitConnectForm(page, { endpoint: MOCK_API, token: DEMO_TOKEN });
  await expect(purposeGrid(page)).toBeVisible();
  await page.goto('/purposes/999999');
  expect(await violations()).toEqual([]);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
});
