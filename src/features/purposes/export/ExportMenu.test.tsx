import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { makePurpose } from '../../../test/makePurpose';
import { ExportMenu } from './ExportMenu';

const purposes = [
  makePurpose({ id: 581, name: 'Sales', tenantName: 'surya', description: 'Sales P and L' }),
  makePurpose({ id: 579, name: 'Presales', tenantName: 'surya', group: 'Marketing' }),
];

/** What each download handed to the browser: the Blob and the file name on the link. */
function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  // A real click would start a navigation, which jsdom cannot do.
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const downloads = () =>
    click.mock.contexts.map((link, index) => ({
      name: (link as HTMLAnchorElement).download,
      href: (link as HTMLAnchorElement).href,
      blob: blobs[index]!,
    }));
  return { downloads, revokeObjectURL };
}

async function exportAs(item: 'Export CSV' | 'Export JSON') {
  const user = userEvent.setup();
  render(<ExportMenu purposes={purposes} tenant="surya" endpoint="https://api.example.com/" />);
  await user.click(screen.getByRole('button', { name: 'Export' }));
  await user.click(screen.getByRole('menuitem', { name: item }));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ExportMenu', () => {
  it('exports the purposes it is given as CSV, in their order', async () => {
    const { downloads, revokeObjectURL } = captureDownloads();
    await exportAs('Export CSV');

    const [download] = downloads();
    expect(downloads()).toHaveLength(1);
    expect(download?.name).toMatch(/^purposes-surya-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(download?.blob.type).toBe('text/csv;charset=utf-8');
    const text = await download!.blob.text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^id,name,/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^581,Sales,surya,/),
      expect.stringMatching(/^579,Presales,surya,Marketing,/),
      '',
    ]);
    await vi.waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith(download?.href));
    // The menu closes once the file is saved.
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('exports a JSON snapshot with the tenant and host, and no token', async () => {
    const { downloads } = captureDownloads();
    await exportAs('Export JSON');

    const [download] = downloads();
    expect(download?.name).toMatch(/^purposes-surya-\d{4}-\d{2}-\d{2}\.json$/);
    expect(download?.blob.type).toBe('application/json');
    const text = await download!.blob.text();
    const snapshot = JSON.parse(text) as Record<string, unknown>;
    expect(snapshot).toMatchObject({
      format: 'purposes-console/snapshot',
      version: 1,
      tenant: 'surya',
      endpointHost: 'api.example.com',
      purposes: [
        { id: 581, name: 'Sales', description: 'Sales P and L' },
        { id: 579, name: 'Presales', group: 'Marketing' },
      ],
    });
    expect(snapshot.purposes).toHaveLength(2);
    expect(text).not.toMatch(/token|bearer|authorization/i);
  });

  it('names the file after "tenant" when the tenant is unknown', async () => {
    const { downloads } = captureDownloads();
    const user = userEvent.setup();
    render(<ExportMenu purposes={purposes} tenant={null} endpoint="/api" />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Export JSON' }));

    const [download] = downloads();
    expect(download?.name).toMatch(/^purposes-tenant-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await download!.blob.text())).toMatchObject({
      tenant: null,
      endpointHost: '/api',
    });
  });

  it('is disabled when there is nothing to export', () => {
    render(<ExportMenu purposes={[]} tenant="surya" endpoint="https://api.example.com" />);
    expect(screen.getByRole('button', { name: 'Export' })).toBeDisabled();
  });
});
