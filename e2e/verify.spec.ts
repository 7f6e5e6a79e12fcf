import { expect, test, type Page } from '@playwright/test';
import { connectToMockApi, purposeGrid, purposeLink, startDemo } from './fixtures';

const LARGE_MOCK_API = 'http://127.0.0.1:4011';
const search = (page: Page) => page.getByLabel('Search purposes');
const count = (page: Page) => page.getByRole('status').filter({ hasText: /purposes?$/ });

test.describe('finding and verifying purposes', () => {
  test('a search lands in the URL, survives a reload, and Back restores the previous one', async ({
    page,
  }) => {
    await connectToMockApi(page, { remember: true });
    await search(page).fill('sales');
    await expect(page).toHaveURL(/[?&]q=sales/);
    await expect(purposeLink(page, 'Sales')).toBeVisible();
    await expect(purposeLink(page, 'Marketing')).toHaveCount(0);
    await expect(count(page)).toHaveText(/^\d+ of 30 purposes$/);

    await page.reload();
    await expect(search(page)).toHaveValue('sales');
    await expect(purposeLink(page, 'Sales')).toBeVisible();
    await expect(purposeLink(page, 'Marketing')).toHaveCount(0);

    // Case does not matter; a new search (the field focused anew) is a new history entry.
    await search(page).blur();
    await search(page).fill('BILLING');
    await expect(purposeLink(page, 'Billing Notices')).toBeVisible();
    await page.goBack();
    await expect(search(page)).toHaveValue('sales');
    await expect(purposeLink(page, 'Sales')).toBeVisible();
  });

  test('sort, group chips and the table view are kept in the URL', async ({ page }) => {
    await connectToMockApi(page);
    await page.getByLabel('Sort by').click();
    await page.getByRole('option', { name: 'ID' }).click();
    await page.getByRole('button', { name: 'Sort descending' }).click();
    await expect(page).toHaveURL(/sort=id/);
    await expect(page).toHaveURL(/dir=desc/);
    await expect(purposeGrid(page).getByRole('link').first()).toContainText('Product Updates'); // id 600

    await page.getByRole('button', { name: 'Operations' }).click();
    await expect(page).toHaveURL(/group=Operations/);
    await expect(count(page)).toHaveText(/^\d+ of 30 purposes$/);

    await page.getByRole('button', { name: 'Table' }).click();
    await expect(page).toHaveURL(/view=table/);
    const table = page.getByRole('table', { name: 'Purposes' });
    await expect(table.getByRole('columnheader', { name: 'Created' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'Billing Notices' })).toBeVisible();
    await table.getByRole('link', { name: 'Billing Notices' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Billing Notices');
    await page.getByRole('link', { name: 'Back to purposes' }).click();
    await expect(page).toHaveURL(/view=table/);
    await expect(table).toBeVisible();
  });

  test('the checks panel names the duplicates, the missing logo and the broken one', async ({
    page,
  }) => {
    await startDemo(page);
    const panel = page.getByRole('region', { name: 'Tenant checks' });
    await expect(panel.getByRole('button', { name: 'Duplicate names: 2' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'No logo: 1' })).toBeVisible();
    // Every logo is loaded in the background; the one that 404s is found without scrolling to it.
    await expect(panel.getByRole('button', { name: 'Logo not loading: 1' })).toBeVisible();

    await panel.getByRole('button', { name: 'Show check details' }).click();
    await panel.getByRole('button', { name: 'Duplicate names 2', exact: true }).click();
    await expect(panel.getByRole('link', { name: 'Newsletter (ID 578)' })).toBeVisible();
    await expect(panel.getByRole('link', { name: /newsletter\s+\(ID 576\)/ })).toBeVisible();
    await panel.getByRole('button', { name: 'Logo not loading 1', exact: true }).click();
    await expect(panel.getByRole('link', { name: 'Holiday Promotions (ID 546)' })).toBeVisible();
    await panel.getByRole('button', { name: 'No logo 1', exact: true }).click();
    await expect(panel.getByRole('link', { name: 'Webinar Series (ID 549)' })).toBeVisible();

    // A check is a filter, and the filter is in the URL.
    await panel.getByRole('button', { name: 'Duplicate names: 2' }).click();
    await expect(page).toHaveURL(/check=duplicate-name/);
    await expect(purposeGrid(page).getByRole('link')).toHaveCount(2);
    await expect(count(page)).toHaveText('2 of 30 purposes');
  });
});

test('a tenant of 5,000 purposes stays light and finds the last one by search', async ({
  page,
}) => {
  await page.goto('/connect');
  await connectToMockApi(page, { endpoint: LARGE_MOCK_API });
  await expect(count(page)).toHaveText('5000 purposes');
  await expect(purposeGrid(page).getByRole('link').first()).toBeVisible();
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  expect(nodes).toBeLessThan(3000);

  await search(page).fill('Purpose 05000');
  await expect(purposeLink(page, 'Purpose 05000')).toBeVisible();
  await expect(count(page)).toHaveText('1 of 5000 purposes');
  await page.mouse.wheel(0, 5000);
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(3000);
});
