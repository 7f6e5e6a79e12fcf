import type { Purpose } from '../api';
import { isoUtcSeconds } from './csv';

/** What "Export JSON" writes and "Compare with snapshot" reads back. */
export interface PurposeSnapshot {
  format: 'purposes-console/snapshot';
  version: 1;
  tenant: string | null;
  endpointHost: string;
  exportedAt: string;
  purposes: SnapshotPurpose[];
}

export interface SnapshotPurpose {
  id: number;
  name: string;
  tenantName?: string;
  group?: string;
  /** ISO 8601 UTC to the second (`2023-01-05T08:51:06Z`), or null when missing or unreadable. */
  createdAt: string | null;
  createdRaw?: string;
  description?: string;
  imageUrl?: string;
  extra: Record<string, unknown>;
}

export const SNAPSHOT_FORMAT = 'purposes-console/snapshot';

/**
 * A purpose as plain JSON. Absent fields are left out rather than set to undefined, so two
 * snapshots of the same data are byte-for-byte equal; `raw` is left out as it repeats the rest.
 */
export function toSnapshotPurpose(purpose: Purpose): SnapshotPurpose {
  const snapshot: SnapshotPurpose = {
    id: purpose.id,
    name: purpose.name,
    createdAt: purpose.createdAt ? isoUtcSeconds(purpose.createdAt) : null,
    extra: { ...purpose.extra },
  };
  if (purpose.tenantName !== undefined) snapshot.tenantName = purpose.tenantName;
  if (purpose.group !== undefined) snapshot.group = purpose.group;
  if (purpose.createdRaw !== undefined) snapshot.createdRaw = purpose.createdRaw;
  if (purpose.description !== undefined) snapshot.description = purpose.description;
  if (purpose.imageUrl !== undefined) snapshot.imageUrl = purpose.imageUrl;
  return snapshot;
}

/**
 * The host an endpoint points at, for the snapshot's label. Only the host (or, for a same-origin
 * proxy path like `/api`, the path) is kept: a pasted URL may carry credentials or a query.
 */
export function endpointHostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint.split(/[?#]/)[0] ?? '';
  }
}

/** The file to save. It is given no token, so it can hold none: safe to share with support. */
export function createSnapshot(
  purposes: readonly Purpose[],
  meta: { tenant: string | null; endpointHost: string; now?: Date },
): PurposeSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    version: 1,
    tenant: meta.tenant,
    // Defensive: a caller passing the whole endpoint must not leak its path, query or userinfo.
    endpointHost: endpointHostOf(meta.endpointHost),
    exportedAt: (meta.now ?? new Date()).toISOString(),
    purposes: purposes.map(toSnapshotPurpose),
  };
}

/** A tenant name safe in any file system: `[a-z0-9-]`, accents folded, at most 40 characters. */
export function fileNameSlug(tenant: string | null): string {
  const slug = (tenant ?? '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return slug || 'tenant';
}

/** `purposes-surya-2026-12-04.csv`, dated by the user's own calendar day. */
export function exportFileName(
  tenant: string | null,
  kind: 'csv' | 'json',
  now = new Date(),
): string {
  const day = [
    String(now.getFullYear()).padStart(4, '0'),
    String(now.getMonth() + 1).padStart(2, '0'),
    String(now.getDate()).padStart(2, '0'),
  ].join('-');
  return `purposes-${fileNameSlug(tenant)}-${day}.${kind}`;
}
