import { parsePurpose, type Purpose } from '../api';
import { makePurpose } from '../../../test/makePurpose';
import {
  createSnapshot,
  endpointHostOf,
  exportFileName,
  fileNameSlug,
  toSnapshotPurpose,
} from './jsonExport';

function parsed(entry: unknown): Purpose {
  const purpose = parsePurpose(entry);
  if (typeof purpose === 'string') throw new Error(purpose);
  return purpose;
}

describe('toSnapshotPurpose', () => {
  it('keeps every field but raw, with the date as ISO 8601 UTC', () => {
    const purpose = parsed({
      id: '582',
      name: 'Marketing',
      tenantName: 'surya',
      group: 'Finance',
      createdOn: '2023-01-05 08:51:06',
      description: 'Marketing P and L',
      imageUrl: 'http://demo.example/logo.png',
      channel: 'sms',
    });
    expect(toSnapshotPurpose(purpose)).toStrictEqual({
      id: 582,
      name: 'Marketing',
      tenantName: 'surya',
      group: 'Finance',
      createdAt: '2023-01-05T08:51:06Z',
      createdRaw: '2023-01-05 08:51:06',
      description: 'Marketing P and L',
      imageUrl: 'http://demo.example/logo.png',
      extra: { channel: 'sms' },
    });
  });

  it('leaves absent fields out instead of writing undefined', () => {
    const snapshot = toSnapshotPurpose(makePurpose({ id: 1, createdAt: null, createdRaw: 'soon' }));
    expect(Object.keys(snapshot).sort()).toEqual([
      'createdAt',
      'createdRaw',
      'extra',
      'id',
      'name',
    ]);
    expect(snapshot.createdAt).toBeNull();
  });

  it('copies extra so the snapshot does not share the cached object', () => {
    const purpose = makePurpose({ id: 1, extra: { a: 1 } });
    expect(toSnapshotPurpose(purpose).extra).not.toBe(purpose.extra);
  });
});

describe('createSnapshot', () => {
  it('labels the file and holds the purposes, and nothing secret', () => {
    const purpose = makePurpose({ id: 1, raw: { token: 'should-not-appear' } });
    const snapshot = createSnapshot([purpose], {
      tenant: 'surya',
      endpointHost: 'api.example.com',
      now: new Date('2026-12-04T10:00:00Z'),
    });
    expect(snapshot).toMatchObject({
      format: 'purposes-console/snapshot',
      version: 1,
      tenant: 'surya',
      endpointHost: 'api.example.com',
      exportedAt: '2026-12-04T10:00:00.000Z',
    });
    expect(snapshot.purposes).toHaveLength(1);
    expect(JSON.stringify(snapshot)).not.toContain('should-not-appear');
  });

  it('keeps only the host of a full endpoint URL', () => {
    const snapshot = createSnapshot([], {
      tenant: null,
      endpointHost: 'https://user:secret@api.example.com:8443/v1?key=abc',
    });
    expect(snapshot.endpointHost).toBe('api.example.com:8443');
    expect(snapshot.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe('endpointHostOf', () => {
  it('gives the host, or the path of a same-origin proxy without query', () => {
    expect(endpointHostOf('https://api.example.com/base')).toBe('api.example.com');
    expect(endpointHostOf('/api?x=1')).toBe('/api');
  });
});

describe('exportFileName', () => {
  const day = new Date(2026, 11, 4, 12, 0, 0);

  it('names the tenant, the local day and the kind', () => {
    expect(exportFileName('surya', 'csv', day)).toBe('purposes-surya-2026-12-04.csv');
    expect(exportFileName('surya', 'json', day)).toBe('purposes-surya-2026-12-04.json');
  });

  it('sanitises the tenant, with a fallback', () => {
    expect(fileNameSlug('Crème Brûlée / Ltd.')).toBe('creme-brulee-ltd');
    expect(fileNameSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(fileNameSlug('日本')).toBe('tenant');
    expect(fileNameSlug(null)).toBe('tenant');
    expect(fileNameSlug('x'.repeat(100))).toHaveLength(40);
    expect(exportFileName('', 'csv', day)).toBe('purposes-tenant-2026-12-04.csv');
  });
});
