import type { SnapshotPurpose } from '../export/jsonExport';
import { diffSnapshot, fieldChanges, stableJson } from './diffSnapshot';

const purpose = (id: number, overrides: Partial<SnapshotPurpose> = {}): SnapshotPurpose => ({
  id,
  name: `Purpose ${id}`,
  createdAt: '2023-01-05T08:51:06Z',
  extra: {},
  ...overrides,
});

describe('diffSnapshot', () => {
  it('finds nothing between identical lists, whatever their order', () => {
    const list = [purpose(3), purpose(1, { group: 'Ops', extra: { a: { x: 1, y: 2 } } })];
    const reordered = [purpose(1, { group: 'Ops', extra: { a: { y: 2, x: 1 } } }), purpose(3)];
    expect(diffSnapshot(list, reordered)).toEqual({
      added: [],
      removed: [],
      changed: [],
      unchangedCount: 2,
    });
    expect(diffSnapshot([], [])).toEqual({
      added: [],
      removed: [],
      changed: [],
      unchangedCount: 0,
    });
  });

  it('sorts added and removed purposes by id', () => {
    const diff = diffSnapshot(
      [purpose(9), purpose(2), purpose(5)],
      [purpose(5), purpose(8), purpose(1)],
    );
    expect(diff.added.map((p) => p.id)).toEqual([1, 8]);
    expect(diff.removed.map((p) => p.id)).toEqual([2, 9]);
    expect(diff.unchangedCount).toBe(1);
  });

  it('lists changed fields in a fixed order, named after the current list', () => {
    const before = purpose(4, {
      name: 'Newsletter',
      group: 'Marketing',
      description: 'Old',
      imageUrl: 'http://a.example/x.png',
      tenantName: 'surya',
    });
    const after = purpose(4, {
      name: 'Monthly Newsletter',
      description: 'Old',
      imageUrl: 'https://a.example/x.png',
      createdAt: null,
      tenantName: 'surya',
    });
    expect(diffSnapshot([before], [after]).changed).toEqual([
      {
        id: 4,
        name: 'Monthly Newsletter',
        changes: [
          { field: 'name', before: 'Newsletter', after: 'Monthly Newsletter' },
          { field: 'group', before: 'Marketing', after: null },
          { field: 'imageUrl', before: 'http://a.example/x.png', after: 'https://a.example/x.png' },
          { field: 'createdAt', before: '2023-01-05T08:51:06Z', after: null },
        ],
      },
    ]);
  });

  it('shows an unreadable date by what was sent', () => {
    const changes = fieldChanges(
      purpose(1, { createdAt: null, createdRaw: '2023-02-31' }),
      purpose(1, { createdAt: null, createdRaw: '2023-02-30' }),
    );
    expect(changes).toEqual([{ field: 'createdAt', before: '2023-02-31', after: '2023-02-30' }]);
  });

  it('compares extra fields by value, as JSON, sorted by name', () => {
    const changes = fieldChanges(
      purpose(1, { extra: { zeta: 1, channel: 'sms', same: [1, { b: 2, a: 1 }], gone: null } }),
      purpose(1, { extra: { zeta: '1', channel: 'email', same: [1, { a: 1, b: 2 }], new: true } }),
    );
    expect(changes).toEqual([
      { field: 'extra.channel', before: '"sms"', after: '"email"' },
      { field: 'extra.gone', before: 'null', after: null },
      { field: 'extra.new', before: null, after: 'true' },
      { field: 'extra.zeta', before: '1', after: '"1"' },
    ]);
  });

  it('counts each id once when a list repeats it (its first entry stands)', () => {
    const diff = diffSnapshot([purpose(1), purpose(1, { name: 'Other' })], [purpose(1)]);
    expect(diff).toEqual({ added: [], removed: [], changed: [], unchangedCount: 1 });
  });

  it('writes JSON with sorted keys', () => {
    expect(stableJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});
