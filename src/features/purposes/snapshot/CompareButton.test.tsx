import { render, screen, waitForElementToBeRemoved, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Purpose } from '../api';
import { createSnapshot } from '../export/jsonExport';
import { makePurpose } from '../../../test/makePurpose';
import { CompareButton } from './CompareButton';

const current = [
  makePurpose({ id: 582, name: 'Marketing', tenantName: 'surya' }),
  makePurpose({ id: 581, name: 'Sales', tenantName: 'surya' }),
  makePurpose({ id: 600, name: 'Product Updates', tenantName: 'surya' }),
];

function snapshotFile(purposes: readonly Purpose[], name = 'purposes-surya-2026-12-04.json') {
  const snapshot = createSnapshot(purposes, {
    tenant: 'surya',
    endpointHost: 'api.example.com',
    now: new Date('2026-12-04T10:00:00Z'),
  });
  return new File([JSON.stringify(snapshot, null, 2)], name, { type: 'application/json' });
}

async function openDialog() {
  const user = userEvent.setup();
  render(<CompareButton current={current} />);
  await user.click(screen.getByRole('button', { name: 'Compare with a snapshot' }));
  const dialog = screen.getByRole('dialog', { name: 'Compare with a snapshot' });
  // The picker comes with the dialog's own chunk, loaded on first open.
  const picker = await within(dialog).findByLabelText('Choose a JSON file');
  const upload = (file: File) => user.upload(picker, file);
  return { user, dialog, upload };
}

describe('CompareButton', () => {
  it('lists what was added, removed and renamed since the snapshot', async () => {
    const { dialog, upload } = await openDialog();
    expect(dialog).toHaveTextContent('Purposes are matched by ID.');

    // Then: Sales was called "Sales team", 579 Presales existed, 600 did not.
    await upload(
      snapshotFile([
        current[0]!,
        { ...current[1]!, name: 'Sales team' },
        makePurpose({ id: 579, name: 'Presales', tenantName: 'surya' }),
      ]),
    );

    const summary = await within(dialog).findByRole('status');
    expect(summary).toHaveTextContent(/^Compared with the snapshot of surya taken .*2026.*/);
    expect(summary).toHaveTextContent('(host api.example.com)');
    expect(summary).toHaveTextContent('1 added, 1 removed, 1 changed, 1 unchanged');

    const section = (name: string) =>
      within(dialog).getByRole('heading', { level: 3, name }).closest('section')!;
    expect(within(section('Added')).getByRole('listitem')).toHaveTextContent(
      '600 · Product Updates',
    );
    expect(within(section('Removed')).getByRole('listitem')).toHaveTextContent('579 · Presales');
    const changed = section('Changed');
    expect(changed).toHaveTextContent('581 · Sales');
    expect(within(changed).getByText('Sales team').closest('li')).toHaveTextContent(
      'name: Sales team → Sales',
    );
    expect(within(changed).getByText('Sales team').tagName).toBe('DEL');
    expect(within(dialog).queryByText(/No differences/)).not.toBeInTheDocument();
  });

  it('shows why a file that is not JSON cannot be compared', async () => {
    const { dialog, upload } = await openDialog();
    await upload(new File(['this is not json'], 'junk.json', { type: 'application/json' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This file is not JSON.');
    expect(within(dialog).queryByRole('status')).not.toBeInTheDocument();
  });

  it('reads a saved GET /v1/purposes answer (a plain array of raw entries)', async () => {
    const { dialog, upload } = await openDialog();
    const answer = [
      { id: 582, name: 'Marketing', tenantName: 'surya', createdDate: '2023-01-05 08:51:06' },
      { id: '581', name: 'Sales', tenantName: 'surya', createdOn: '2023-01-05 08:51:06' },
    ];
    await upload(new File([JSON.stringify(answer)], 'purposes.json', { type: 'application/json' }));

    const summary = await within(dialog).findByRole('status');
    expect(summary).toHaveTextContent(
      'Compared with the snapshot of surya: 1 added, 0 removed, 0 changed, 2 unchanged',
    );
    expect(within(dialog).getByRole('heading', { level: 3, name: 'Added' })).toBeInTheDocument();
  });

  it('says so when nothing differs, and starts afresh when reopened', async () => {
    const { user, dialog, upload } = await openDialog();
    await upload(snapshotFile(current));

    expect(await within(dialog).findByText(/^No differences/)).toHaveTextContent(
      'No differences: the current list matches the snapshot.',
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      '0 added, 0 removed, 0 changed, 3 unchanged',
    );
    expect(within(dialog).queryByRole('heading', { level: 3 })).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitForElementToBeRemoved(() => screen.queryByRole('dialog'));
    await user.click(screen.getByRole('button', { name: 'Compare with a snapshot' }));
    expect(screen.getByRole('dialog')).not.toHaveTextContent('No differences');
  });
  it('caps a long section at 500 rows and says how many more there are', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 501 }, (_, index) => makePurpose({ id: index + 1 }));
    render(<CompareButton current={many} />);
    await user.click(screen.getByRole('button', { name: 'Compare with a snapshot' }));
    const dialog = screen.getByRole('dialog');
    // An empty saved answer: every current purpose is new.
    await user.upload(
      await within(dialog).findByLabelText('Choose a JSON file'),
      new File(['[]'], 'empty.json', { type: 'application/json' }),
    );

    expect(await within(dialog).findByRole('status')).toHaveTextContent('501 added');
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(500);
    expect(dialog).toHaveTextContent('and 1 more');
  });
});
