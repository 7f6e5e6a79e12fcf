import { expect, test } from '@playwright/test';
import { contentSecurityPolicy } from '../config/contentSecurityPolicy';
import { DEMO_TOKEN, MOCK_API } from './fixtures';
import { findNginx, startNginx } from './support/nginx';

const NGINX_PORT = 4180;
const nginx = findNginx();

// CI installs nginx (.ci/run); elsewhere this is skipped, and says so.
test.skip(!nginx, 'nginx is not installed: deploy/nginx.conf is not tested on this machine');
test.describe.configure({ mode: 'serial' });

let server: Awaited<ReturnType<typeof startNginx>> | undefined;
test.beforeAll(async () => {
  server = await startNginx(nginx!, NGINX_PORT, MOCK_API);
});
test.afterAll(() => server?.stop());

test('deploy/nginx.conf serves the app, proxies /api and reloads deep links', async ({ page }) => {
  await page.goto(`${server!.base}/connect`);
  await page.getByLabel('API endpoint').fill('/api');
  await page.getByLabel('API token').fill(DEMO_TOKEN);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('link', { name: /Presales/ })).toBeVisible();

  await page.getByRole('link', { name: /Presales/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Presales' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/purposes/579');

  // A reload of a client-side route is answered with the app (SPA fallback); the token was
  // not remembered, so the app asks for it and then returns to the purpose.
  const reload = await page.reload();
  expect(reload?.status()).toBe(200);
  await page.getByLabel('API endpoint').fill('/api');
  await page.getByLabel('API token').fill(DEMO_TOKEN);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Presales' })).toBeVisible();
});

test('index.html carries the security headers and is never cached', async ({ request }) => {
  const response = await request.get(`${server!.base}/purposes/582`);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-security-policy']).toBe(
    `${contentSecurityPolicy}; frame-ancestors 'none'`,
  );
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toBe('no-cache');
  expect(await response.text()).toContain('<div id="root">');
});

test('hashed assets are cached for a year; missing ones are 404, not the app', async ({
  request,
}) => {
  const html = await (await request.get(`${server!.base}/`)).text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeTruthy();
  const response = await request.get(`${server!.base}${asset}`);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  const missing = await request.get(`${server!.base}/assets/nope.js`);
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toBeUndefined();
});
