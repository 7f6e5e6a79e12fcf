import fc from 'fast-check';
import { createSnapshot } from '../export/jsonExport';
import { makePurpose } from '../../../test/makePurpose';
import { readSnapshot } from './readSnapshot';

function mustRead(text: string) {
  const result = readSnapshot(text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const validSnapshot = () =>
  createSnapshot(
    [
      makePurpose({
        id: 582,
        name: 'Marketing',
        tenantName: 'surya',
        group: 'Finance',
        description: 'Marketing P and L',
        imageUrl: 'http://demo.example/logo.png',
        extra: { channel: 'sms', nested: { a: [1, 2] } },
      }),
      makePurpose({ id: 7, name: 'Bare', createdAt: null, createdRaw: '2023-02-31 00:00:00' }),
    ],
    { tenant: 'surya', endpointHost: 'api.example.com', now: new Date('2026-12-04T10:00:00Z') },
  );

describe('readSnapshot: console snapshots', () => {
  it('reads back exactly what createSnapshot wrote', () => {
    const snapshot = validSnapshot();
    const result = mustRead(JSON.stringify(snapshot, null, 2));
    expect(result.source).toBe('snapshot');
    expect(result.skipped).toEqual([]);
    expect(result.snapshot).toStrictEqual(snapshot);
  });

  it('tolerates unknown fields, a BOM and wrongly typed optional fields', () => {
    const text = JSON.stringify({
      format: 'purposes-console/snapshot',
      version: 1,
      comment: 'saved before the migration',
      purposes: [
        { id: 1, name: 'A', group: 42, description: null, createdAt: 5, extra: [1], colour: 'x' },
        { id: 2, name: 'B', createdAt: '2023-01-05T08:51:06.000Z' },
      ],
    });
    const { snapshot } = mustRead(`\uFEFF${text}`);
    expect(snapshot).toMatchObject({ tenant: null, endpointHost: '', exportedAt: '' });
    expect(snapshot.purposes).toStrictEqual([
      { id: 1, name: 'A', createdAt: null, extra: {} },
      { id: 2, name: 'B', createdAt: '2023-01-05T08:51:06Z', extra: {} },
    ]);
  });

  it('keeps an unreadable createdAt as createdRaw rather than losing it', () => {
    const text = JSON.stringify({
      format: 'purposes-console/snapshot',
      version: 1,
      purposes: [{ id: 1, name: 'A', createdAt: 'last Tuesday', extra: {} }],
    });
    expect(mustRead(text).snapshot.purposes[0]).toMatchObject({
      createdAt: null,
      createdRaw: 'last Tuesday',
    });
  });

  it('keeps a __proto__ key in extra as data, not as a prototype', () => {
    const text =
      '{"format":"purposes-console/snapshot","version":1,"purposes":[{"id":1,"name":"A","extra":{"__proto__":{"polluted":true}}}]}';
    const extra = mustRead(text).snapshot.purposes[0]?.extra ?? {};
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect(Object.keys(extra)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['not JSON', 'not json {', 'not JSON'],
    ['another format', '{"format":"other","purposes":[]}', 'not a Purposes Console snapshot'],
    ['no format', '{"purposes":[]}', 'not a Purposes Console snapshot'],
    ['JSON null', 'null', 'not a Purposes Console snapshot'],
    ['a newer version', '{"format":"purposes-console/snapshot","version":2}', 'version 2'],
    [
      'a string id',
      '{"format":"purposes-console/snapshot","version":1,"purposes":[{"id":1,"name":"A"},{"id":"2","name":"B"}]}',
      'Purpose 2 in the file (id)',
    ],
    [
      'a missing name',
      '{"format":"purposes-console/snapshot","version":1,"purposes":[{"id":1}]}',
      'Purpose 1 in the file (name)',
    ],
    ['no purposes', '{"format":"purposes-console/snapshot","version":1}', 'purposes'],
  ])('refuses %s with a message', (_label, text, message) => {
    const result = readSnapshot(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('readSnapshot: saved API responses', () => {
  it('reads a GET /v1/purposes body, skipping entries it cannot read', () => {
    const body = [
      {
        id: 582,
        name: 'Marketing',
        tenantName: 'surya',
        createdDate: '2023-01-05 08:51:06',
        imageUrl: 'http://demo.example/logo.png',
      },
      { id: '581', name: 'Sales', tenantName: 'surya', group: 'Ops', createdOn: 'soon' },
      { id: 'x', name: 'Broken' },
    ];
    const result = mustRead(JSON.stringify(body));
    expect(result.source).toBe('api-response');
    expect(result.skipped).toHaveLength(1);
    expect(result.snapshot).toMatchObject({ tenant: 'surya', endpointHost: '', exportedAt: '' });
    expect(result.snapshot.purposes).toStrictEqual([
      {
        id: 582,
        name: 'Marketing',
        tenantName: 'surya',
        createdAt: '2023-01-05T08:51:06Z',
        createdRaw: '2023-01-05 08:51:06',
        imageUrl: 'http://demo.example/logo.png',
        extra: {},
      },
      {
        id: 581,
        name: 'Sales',
        tenantName: 'surya',
        group: 'Ops',
        createdAt: null,
        createdRaw: 'soon',
        extra: {},
      },
    ]);
  });

  it('accepts an empty list, and names no tenant when they differ', () => {
    expect(mustRead('[]').snapshot.purposes).toEqual([]);
    const mixed = [
      { id: 1, name: 'A', tenantName: 'one' },
      { id: 2, name: 'B', tenantName: 'two' },
    ];
    expect(mustRead(JSON.stringify(mixed)).snapshot.tenant).toBeNull();
  });

  it('refuses a list in which nothing is a purpose', () => {
    const result = readSnapshot('[1, "two", {"id": 3}]');
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('None of the 3') });
  });
});

describe('readSnapshot: untrusted input', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(() => readSnapshot(text)).not.toThrow();
      }),
    );
  });

  it('refuses absurdly large files without parsing them', () => {
    const result = readSnapshot(' '.repeat(50_000_001));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('too large') });
  });
});
