import { expect, type Locator, type Page, type Request } from '@playwright/test';

/** The mock Purposes API started by playwright.config.ts (`npm run mock-api`). */
export const MOCK_API = 'http://127.0.0.1:4010';
/** The only bearer the mock API accepts (src/mocks/data.ts), copied so a change there shows. */
export const DEMO_TOKEN = 'demo-token';
/** The same-origin path `vite preview` proxies to the mock API (API_PROXY_TARGET). */
export const PROXY_ENDPOINT = '/api';
/** The tenant every demo purpose belongs to. */
export const DEMO_TENANT = 'surya';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// --- /connect ---------------------------------------------------------------------------------

export const connectForm = (page: Page) => page.getByRole('form', { name: 'Connect to a tenant' });
export const endpointField = (page: Page) => page.getByLabel('API endpoint');
export const tokenField = (page: Page) => page.getByLabel('API token');
export const rememberCheckbox = (page: Page) =>
  page.getByRole('checkbox', { name: 'Remember for this browser tab' });
export const connectButton = (page: Page) =>
  page.getByRole('button', { name: 'Connect', exact: true });

export interface ConnectOptions {
  endpoint?: string;
  token?: string;
  remember?: boolean;
}

/** Fills the token screen the page is on and presses Connect; does not wait for the outcome. */
export async function submitConnectForm(
  page: Page,
  { endpoint = MOCK_API, token = DEMO_TOKEN, remember = false }: ConnectOptions = {},
): Promise<void> {
  await endpointField(page).fill(endpoint);
  await tokenField(page).fill(token);
  await rememberCheckbox(page).setChecked(remember);
  await connectButton(page).click();
}

/**
 * Connects to the mock API over HTTP and waits until the app has left the token screen. Opens
 * /connect first unless the page is already there (a deep link's detour, for instance).
 */
export async function connectToMockApi(page: Page, options: ConnectOptions = {}): Promise<void> {
  if (new URL(page.url(), 'http://x').pathname !== '/connect') await page.goto('/connect');
  await submitConnectForm(page, options);
  await expect(page).not.toHaveURL(/\/connect$/);
}

/** Starts the in-browser demo tenant and waits for its grid. */
export async function startDemo(page: Page): Promise<void> {
  await page.goto('/connect');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page).toHaveURL(/\/purposes$/);
  await expectGrid(page);
}

// --- signed in --------------------------------------------------------------------------------

export const banner = (page: Page) => page.getByRole('banner');
export const lookupField = (page: Page) => page.getByLabel('Purpose ID');
export const signOutButton = (page: Page) => page.getByRole('button', { name: 'Sign out' });
/** The loaded grid (while loading, the list is named "Loading purposes"). */
export const purposeGrid = (page: Page) =>
  page.getByRole('list', { name: 'Purposes', exact: true });

/** A purpose's card: a link whose name starts with the purpose's name. */
export function purposeLink(page: Page, name: string): Locator {
  return purposeGrid(page).getByRole('link', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
}

/**
 * Scrolls the page down, as a user would, until the purpose's card is rendered (the grid only
 * renders the rows near the viewport), then brings it into view.
 */
export async function scrollToPurpose(page: Page, name: string): Promise<Locator> {
  const link = purposeLink(page, name);
  await expect(async () => {
    if ((await link.count()) === 0) await page.mouse.wheel(0, 600);
    await expect(link).toBeAttached({ timeout: 500 });
  }).toPass();
  await link.scrollIntoViewIfNeeded();
  return link;
}

/** Waits for the demo tenant's grid: at least 24 purpose links, Marketing among them. */
export async function expectGrid(page: Page): Promise<void> {
  await expect(purposeLink(page, 'Marketing')).toBeVisible();
  await expect.poll(() => purposeGrid(page).getByRole('link').count()).toBeGreaterThanOrEqual(24);
}

/** The value (`<dd>`) shown for a field label (`<dt>`) on the detail page. */
export function fieldValue(page: Page, label: string): Locator {
  return page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

export const detailHeading = (page: Page) => page.getByRole('heading', { level: 1 });

// --- network, storage, console ------------------------------------------------------------------

/** `GET …/v1/purposes` (the list), whatever the endpoint. */
export const isListRequest = (request: Request) =>
  /\/v1\/purposes$/.test(new URL(request.url()).pathname);
/** `GET …/v1/purposes/{anything}` (one purpose). */
export const isDetailRequest = (request: Request) =>
  /\/v1\/purposes\/[^/]*$/.test(new URL(request.url()).pathname);

/** Collects, from now on, the page's requests that match; read the array whenever needed. */
export function recordRequests(page: Page, matches: (request: Request) => boolean): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (matches(request)) seen.push(request);
  });
  return seen;
}

/** Every key and value of the page's localStorage or sessionStorage, as one string. */
export function storageText(page: Page, area: 'localStorage' | 'sessionStorage'): Promise<string> {
  return page.evaluate((name) => {
    const storage = window[name];
    const entries: [string, string | null][] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index) ?? '';
      entries.push([key, storage.getItem(key)]);
    }
    return JSON.stringify(entries);
  }, area);
}

export const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
