import { expect, test, type Page } from '@playwright/test';

// Each picture in README.md, written to docs/. Run with `npm run screenshots` after a change
// to what these screens show, and commit the PNGs with it.
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `docs/${name}.png`, animations: 'disabled', caret: 'hide' });

async function openDemo(page: Page) {
  await page.goto('/connect');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page.getByRole('list', { name: 'Purposes' })).toBeVisible();
  // Wait until the background logo checks are done, so the picture shows their verdict.
  await expect(page.getByText(/Loading logos/)).toHaveCount(0);
  await page.mouse.move(0, 0);
}

test('token screen', async ({ page }) => {
  await page.goto('/connect');
  await expect(page.getByRole('button', { name: 'Try the demo' })).toBeVisible();
  await shot(page, 'connect');
});

test('grid, checks, detail and table', async ({ page }) => {
  await openDemo(page);
  await shot(page, 'grid');

  await page.getByRole('button', { name: 'Show check details' }).click();
  await page.getByRole('button', { name: 'Duplicate names 2', exact: true }).click();
  await page.getByRole('region', { name: 'Tenant checks' }).scrollIntoViewIfNeeded();
  await shot(page, 'checks');

  await page
    .getByRole('link', { name: /^Marketing\b/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marketing' })).toBeVisible();
  await shot(page, 'detail');

  // The demo token lives in memory only: move within the app rather than loading a URL.
  await page.getByRole('link', { name: 'Back to purposes' }).click();
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table', { name: 'Purposes' })).toBeVisible();
  await shot(page, 'table');
});

test('phone, dark', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  await openDemo(page);
  await shot(page, 'phone-dark');
  await context.close();
});

test('dark desktop', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: 'dark',
  });
  const page = await context.newPage();
  await openDemo(page);
  await shot(page, 'grid-dark');
  await context.close();
});
