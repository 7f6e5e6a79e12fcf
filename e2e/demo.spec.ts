import { expect, test } from '@playwright/test';
import {
  DEMO_TENANT,
  banner,
  detailHeading,
  expectGrid,
  fieldValue,
  purposeGrid,
  purposeLink,
  scrollToPurpose,
  scrollY,
  startDemo,
} from './fixtures';

test.describe('the built-in demo tenant', () => {
  test('Try the demo opens the grid and says it is demo data', async ({ page }) => {
    await startDemo(page);

    await expect(page).toHaveURL(/\/purposes$/);
    expect(await purposeGrid(page).getByRole('link').count()).toBeGreaterThanOrEqual(24);
    await expect(purposeLink(page, 'Marketing')).toBeVisible();
    await expect(banner(page)).toContainText('Demo data');
    await expect(banner(page)).toContainText(DEMO_TENANT);
  });

  test('signing out of the demo stops its service worker', async ({ page }) => {
    await startDemo(page);
    const demoAnswer = () =>
      page.evaluate(async () => {
        const response = await fetch('/demo-api/v1/purposes', {
          headers: { authorization: 'Bearer demo-token' },
        });
        return response.headers.get('content-type') ?? '';
      });
    expect(await demoAnswer()).toContain('application/json');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/connect$/);
    // The preview server answers the path with the app's HTML: nothing intercepts it any more.
    await expect.poll(demoAnswer).toContain('text/html');
  });

  test('a card shows its created date with its age', async ({ page }) => {
    await startDemo(page);

    // Marketing was created 2023-01-05: years before any day these tests run.
    const card = purposeLink(page, 'Marketing');
    await expect(card).toContainText('2023');
    await expect(card).toContainText(/\d+ years ago/);
  });

  test('a logo that fails to load falls back to initials', async ({ page }) => {
    await startDemo(page);

    // Holiday Promotions points at a logo that answers 404. Logos load lazily: bring it in view.
    const holiday = await scrollToPurpose(page, 'Holiday Promotions');
    await expect(holiday).toContainText('HP');
    await expect(holiday.locator('img')).toHaveCount(0);

    // Webinar Series has no logo at all; Marketing's loads and stays an image.
    const webinar = await scrollToPurpose(page, 'Webinar Series');
    await expect(webinar).toContainText('WS');
    await expect(webinar.locator('img')).toHaveCount(0);

    await page.keyboard.press('Home');
    const marketing = purposeLink(page, 'Marketing');
    await marketing.scrollIntoViewIfNeeded();
    const logo = marketing.locator('img');
    await expect(logo).toHaveCount(1);
    await expect
      .poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
  });

  test('opening a card shows every field of the purpose', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await startDemo(page);

    await purposeLink(page, 'Marketing').click();

    await expect(page).toHaveURL(/\/purposes\/582$/);
    await expect(detailHeading(page)).toHaveText('Marketing');
    await expect(fieldValue(page, 'ID')).toHaveText('582');
    await expect(fieldValue(page, 'Tenant')).toHaveText(DEMO_TENANT);
    const created = fieldValue(page, 'Created (UTC)');
    await expect(created).toContainText('2023');
    await expect(created).toContainText('8:51:06');

    const raw = page.getByLabel('Raw JSON');
    await expect(raw).toContainText('"createdDate"');
    await expect(raw).toContainText('"2023-01-05 08:51:06"');

    await page.getByRole('button', { name: 'Copy JSON' }).click();
    await expect(page.getByRole('status').filter({ hasText: /copied/i })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(copied)).toMatchObject({ id: 582, name: 'Marketing' });
  });

  test('a field the app does not know is shown as it came', async ({ page }) => {
    await startDemo(page);

    // Sorted by name, it is near the end: scroll to it as a user would.
    await (await scrollToPurpose(page, 'Two-Factor Codes')).click();

    await expect(page).toHaveURL(/\/purposes\/543$/);
    await expect(detailHeading(page)).toHaveText('Two-Factor Codes');
    await expect(fieldValue(page, 'channel')).toHaveText('sms');
  });

  // The virtualised grid sets the window's scroll when it mounts; it starts from the offset it
  // remembered for this history entry (list/gridScrollMemory.ts), so Back lands where it was.
  test('Back to purposes returns to the grid where the user left it', async ({ page }) => {
    await startDemo(page);

    // A card near the end of the grid, so the page has to scroll to reach it.
    const lower = await scrollToPurpose(page, 'Webinar Series');
    await expect.poll(() => scrollY(page)).toBeGreaterThan(300);
    const before = await scrollY(page);

    await lower.click();
    await expect(detailHeading(page)).toHaveText('Webinar Series');

    await page.getByRole('link', { name: 'Back to purposes' }).click();
    await expect(page).toHaveURL(/\/purposes$/);
    await expectGrid(page);
    await expect.poll(async () => Math.abs((await scrollY(page)) - before)).toBeLessThan(40);
  });
});
