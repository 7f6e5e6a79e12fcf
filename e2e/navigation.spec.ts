import { expect, test } from '@playwright/test';
import {
  DEMO_TOKEN,
  connectToMockApi,
  detailHeading,
  expectGrid,
  isDetailRequest,
  lookupField,
  purposeGrid,
  purposeLink,
  recordRequests,
  signOutButton,
  storageText,
  submitConnectForm,
  tokenField,
} from './fixtures';

test.describe('lookup by ID', () => {
  test('typing an ID and pressing Enter opens that purpose', async ({ page }) => {
    await connectToMockApi(page);
    await expectGrid(page);

    await lookupField(page).fill('579');
    await lookupField(page).press('Enter');

    await expect(page).toHaveURL(/\/purposes\/579$/);
    await expect(detailHeading(page)).toHaveText('Presales');
  });

  test('an ID that is not a positive whole number is refused without a request', async ({
    page,
  }) => {
    await connectToMockApi(page);
    await expectGrid(page);
    const detailRequests = recordRequests(page, isDetailRequest);
    const field = lookupField(page);

    for (const value of ['abc', '0', '-3', '1.5']) {
      await test.step(`refuses ${JSON.stringify(value)}`, async () => {
        await field.fill(value);
        await expect(field).not.toHaveAttribute('aria-invalid', 'true');
        await field.press('Enter');

        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(field).toHaveAccessibleDescription(/\S/);
        await expect(field).toHaveValue(value);
        await expect(page).toHaveURL(/\/purposes$/);
        await expect(purposeLink(page, 'Marketing')).toBeVisible();
        expect(detailRequests.map((request) => request.url())).toEqual([]);
      });
    }

    // The same field and counter do see a valid ID: the checks above could have failed.
    await field.fill('579');
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await field.press('Enter');
    await expect(detailHeading(page)).toHaveText('Presales');
    expect(detailRequests).toHaveLength(1);
  });

  test('an unknown ID shows a not-found state naming it, with a way back', async ({ page }) => {
    await connectToMockApi(page);
    await expectGrid(page);

    await lookupField(page).fill('999999');
    await lookupField(page).press('Enter');

    await expect(page).toHaveURL(/\/purposes\/999999$/);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText('999999');
    await expect(heading).toContainText(/not found/i);
    await expect(page.getByRole('link', { name: /Presales|Marketing/ })).toHaveCount(0);

    await page.getByRole('link', { name: 'Back to purposes' }).click();
    await expect(page).toHaveURL(/\/purposes$/);
    await expectGrid(page);
  });
});

test.describe('the session', () => {
  test('a deep link opened without a session comes back after connecting', async ({ page }) => {
    await page.goto('/purposes/579');
    await expect(page).toHaveURL(/\/connect$/);

    await submitConnectForm(page);

    await expect(page).toHaveURL(/\/purposes\/579$/);
    await expect(detailHeading(page)).toHaveText('Presales');
  });

  test('signing out forgets the token and the cached purposes', async ({ page }) => {
    await connectToMockApi(page, { remember: true });
    await purposeLink(page, 'Marketing').click();
    await expect(detailHeading(page)).toHaveText('Marketing');

    await signOutButton(page).click();
    await expect(page).toHaveURL(/\/connect$/);
    await expect(page.getByText(/signed out/i)).toBeVisible();
    await expect(tokenField(page)).toHaveValue('');
    expect(await storageText(page, 'sessionStorage')).not.toContain(DEMO_TOKEN);

    // Back to the grid inside the app: no session, so no purposes from memory either.
    await page.goBack();
    await expect(page).toHaveURL(/\/connect$/);
    await expect(purposeGrid(page)).toHaveCount(0);

    // And from the address bar.
    await page.goto('/purposes');
    await expect(page).toHaveURL(/\/connect$/);
    await expect(tokenField(page)).toHaveValue('');
    await expect(purposeGrid(page)).toHaveCount(0);
  });

  test('without Remember, a reload asks for the token again', async ({ page }) => {
    await connectToMockApi(page, { remember: false });
    await expectGrid(page);
    expect(await storageText(page, 'sessionStorage')).not.toContain(DEMO_TOKEN);
    expect(await storageText(page, 'localStorage')).not.toContain(DEMO_TOKEN);

    await page.reload();

    await expect(page).toHaveURL(/\/connect$/);
    await expect(tokenField(page)).toHaveValue('');
    await expect(purposeGrid(page)).toHaveCount(0);
  });

  test('with Remember, a reload keeps the session for the tab', async ({ page }) => {
    await connectToMockApi(page, { remember: true });
    await expectGrid(page);
    expect(await storageText(page, 'sessionStorage')).toContain(DEMO_TOKEN);
    expect(await storageText(page, 'localStorage')).not.toContain(DEMO_TOKEN);

    await page.reload();

    await expect(page).toHaveURL(/\/purposes$/);
    await expectGrid(page);
    expect(await storageText(page, 'localStorage')).not.toContain(DEMO_TOKEN);
  });
});
