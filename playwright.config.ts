import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error: a plain .mjs module shared with scripts/ensure-browser.mjs
import { SYSTEM_CHROMIUM_ARGS, systemChromium } from './scripts/browser.mjs';

const PREVIEW_PORT = 4173;
const MOCK_API_PORT = 4010;
/** A second mock API serving a generated tenant of 5,000 purposes, for the scale tests. */
const LARGE_MOCK_API_PORT = 4011;
const executablePath = systemChromium() as string | undefined;

/** Browser tests run against the production build (`vite preview`) and the mock API over HTTP. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
      url: `http://127.0.0.1:${PREVIEW_PORT}/connect`,
      reuseExistingServer: !process.env.CI,
      env: { API_PROXY_TARGET: `http://127.0.0.1:${MOCK_API_PORT}` },
    },
    {
      command: 'npm run -s mock-api',
      url: `http://127.0.0.1:${MOCK_API_PORT}/logos/marketing.svg`,
      reuseExistingServer: !process.env.CI,
      env: { MOCK_API_PORT: String(MOCK_API_PORT) },
    },
    {
      command: 'npm run -s mock-api',
      url: `http://127.0.0.1:${LARGE_MOCK_API_PORT}/logos/marketing.svg`,
      reuseExistingServer: !process.env.CI,
      env: { MOCK_API_PORT: String(LARGE_MOCK_API_PORT), MOCK_API_SIZE: '5000' },
    },
  ],
});
