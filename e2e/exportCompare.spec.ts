import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import {
  DEMO_TENANT,
  DEMO_TOKEN,
  MOCK_API,
  connectToMockApi,
  expectGrid,
  purposeGrid,
  purposeLink,
} from './fixtures';

const exportButton = (page: Page) => page.getByRole('button', { name: 'Export', exact: true });

/** Picks a format from the Export menu and returns the file the browser saved. */
async function exportAs(
  page: Page,
  format: 'CSV' | 'JSON',
): Promise<{ name: string; text: string }> {
  await exportButton(page).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: `Export ${format}` }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readDownload(download) };
}

async function readDownload(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

/** The IDs of the cards the grid shows, in the order it shows them (from each link's href). */
async function shownIds(page: Page): Promise<number[]> {
  const hrefs = await purposeGrid(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => Number(/\/purposes\/(\d+)$/.exec(href)?.[1]));
}

interface SnapshotFile {
  tenant: string | null;
  endpointHost: string;
  purposes: { id: number; name: string }[];
}

test.describe('export and compare', () => {
  test('exports exactly the purposes a search shows, in their order', async ({ page }) => {
    await connectToMockApi(page);
    await expectGrid(page);

    await page.getByLabel('Search purposes').fill('Sales');
    await expect(page).toHaveURL(/[?&]q=Sales(&|$)/);
    await expect(purposeLink(page, 'Marketing')).toHaveCount(0);
    await expect(purposeLink(page, 'Sales')).toBeVisible();
    await expect(purposeLink(page, 'Presales')).toBeVisible();
    const shown = await shownIds(page);
    expect(shown).toEqual(expect.arrayContaining([581, 579]));

    const csv = await exportAs(page, 'CSV');
    expect(csv.name).toMatch(new RegExp(`^purposes-${DEMO_TENANT}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const [header, ...rows] = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('id,name,tenant,group,created_utc,description,image_url');
    // Every record, the last too, ends with CRLF: the split leaves one empty string at the end.
    expect(rows.pop()).toBe('');
    expect(rows.map((row) => Number(row.split(',')[0]))).toEqual(shown);

    const json = await exportAs(page, 'JSON');
    expect(json.name).toMatch(new RegExp(`^purposes-${DEMO_TENANT}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const snapshot = JSON.parse(json.text) as SnapshotFile;
    expect(snapshot.tenant).toBe(DEMO_TENANT);
    expect(snapshot.endpointHost).toBe(new URL(MOCK_API).host);
    expect(snapshot.purposes.map((purpose) => purpose.id)).toEqual(shown);
    expect(json.text).not.toContain(DEMO_TOKEN);
  });

  test('compares an exported snapshot with the list after the tenant changed', async ({
    page,
    request,
  }) => {
    await connectToMockApi(page, { remember: true });
    await expectGrid(page);

    const exported = await exportAs(page, 'JSON');
    const snapshot = JSON.parse(exported.text) as SnapshotFile;
    const answer = await request.get(`${MOCK_API}/v1/purposes`, {
      headers: { authorization: `Bearer ${DEMO_TOKEN}` },
    });
    const all = (await answer.json()) as { id: number }[];
    // The whole tenant, not just the rows the virtualised grid happened to render.
    expect(snapshot.purposes.map((purpose) => purpose.id).sort((a, b) => a - b)).toEqual(
      all.map((purpose) => Number(purpose.id)).sort((a, b) => a - b),
    );

    // Meanwhile in Webex Campaign: Marketing is renamed and Sales deleted.
    await page.route(`${MOCK_API}/v1/purposes`, async (route) => {
      const response = await route.fetch();
      const purposes = (await response.json()) as { id: number; name: string }[];
      const changed = purposes
        .filter((purpose) => purpose.id !== 581)
        .map((purpose) => (purpose.id === 582 ? { ...purpose, name: 'Marketing EMEA' } : purpose));
      await route.fulfill({ response, json: changed });
    });
    await page.reload();
    await expect(purposeLink(page, 'Marketing EMEA')).toBeVisible();

    await page.getByRole('button', { name: 'Compare with a snapshot' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare with a snapshot' });
    await dialog.getByLabel('Choose a JSON file').setInputFiles({
      name: exported.name,
      mimeType: 'application/json',
      buffer: Buffer.from(exported.text),
    });

    const summary = dialog.getByRole('status');
    await expect(summary).toContainText(`Compared with the snapshot of ${DEMO_TENANT}`);
    await expect(summary).toContainText('0 added');
    await expect(summary).toContainText('1 removed');
    await expect(summary).toContainText('1 changed');
    await expect(summary).toContainText(`${all.length - 2} unchanged`);
    await expect(dialog.getByRole('heading', { level: 3, name: 'Removed' })).toBeVisible();
    await expect(dialog.getByRole('listitem').filter({ hasText: /^581 · Sales$/ })).toBeVisible();
    await expect(dialog.getByText('name: Marketing → Marketing EMEA')).toBeVisible();

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });
});
