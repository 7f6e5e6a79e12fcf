import type { SnapshotPurpose } from '../export/jsonExport';

export interface FieldChange {
  field:
    'name' | 'group' | 'description' | 'imageUrl' | 'createdAt' | 'tenantName' | `extra.${string}`;
  before: string | null;
  after: string | null;
}

export interface SnapshotDiff {
  added: SnapshotPurpose[];
  removed: SnapshotPurpose[];
  changed: { id: number; name: string; changes: FieldChange[] }[];
  unchangedCount: number;
}

const textFields = ['name', 'group', 'description', 'imageUrl', 'createdAt', 'tenantName'] as const;

/**
 * The date as shown in a change: the ISO value, or, when unreadable, what the API sent, so that
 * "2023-02-31" becoming "2023-03-01 …" is a visible change rather than null to null.
 */
function textOf(purpose: SnapshotPurpose, field: (typeof textFields)[number]): string | null {
  if (field === 'createdAt') return purpose.createdAt ?? purpose.createdRaw ?? null;
  return purpose[field] ?? null;
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` compare equal. */
export function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, inner: unknown) =>
      typeof inner === 'object' && inner !== null && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : inner,
    ) ?? 'null'
  );
}

function extraOf(purpose: SnapshotPurpose, key: string): string | null {
  return Object.hasOwn(purpose.extra, key) ? stableJson(purpose.extra[key]) : null;
}

/** Every field that differs: the known fields in a fixed order, then extra fields by name. */
export function fieldChanges(before: SnapshotPurpose, after: SnapshotPurpose): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of textFields) {
    const old = textOf(before, field);
    const now = textOf(after, field);
    if (old !== now) changes.push({ field, before: old, after: now });
  }
  const keys = [...new Set([...Object.keys(before.extra), ...Object.keys(after.extra)])].sort();
  for (const key of keys) {
    const old = extraOf(before, key);
    const now = extraOf(after, key);
    if (old !== now) changes.push({ field: `extra.${key}`, before: old, after: now });
  }
  return changes;
}

/** By id; if a list repeats an id, its first entry stands for it (as the grid would show it first). */
function byId(purposes: readonly SnapshotPurpose[]): Map<number, SnapshotPurpose> {
  const map = new Map<number, SnapshotPurpose>();
  for (const purpose of purposes) if (!map.has(purpose.id)) map.set(purpose.id, purpose);
  return map;
}

/**
 * What changed between a saved snapshot (`before`) and the current list (`after`, converted with
 * `toSnapshotPurpose`). Purposes are matched by id, so a rename is a change, not a remove + add.
 * Every list comes back sorted by id.
 */
export function diffSnapshot(
  before: readonly SnapshotPurpose[],
  after: readonly SnapshotPurpose[],
): SnapshotDiff {
  const old = byId(before);
  const now = byId(after);
  const diff: SnapshotDiff = { added: [], removed: [], changed: [], unchangedCount: 0 };
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort((a, b) => a - b);
  for (const id of ids) {
    const was = old.get(id);
    const is = now.get(id);
    if (!was && is) diff.added.push(is);
    else if (was && !is) diff.removed.push(was);
    else if (was && is) {
      const changes = fieldChanges(was, is);
      if (changes.length === 0) diff.unchangedCount += 1;
      else diff.changed.push({ id, name: is.name, changes });
    }
  }
  return diff;
}
