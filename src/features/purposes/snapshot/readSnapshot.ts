import { z } from '../../../api/zod';
import { parsePurposeList, type SkippedEntry } from '../api';
import { isoUtcSeconds } from '../export/csv';
import {
  SNAPSHOT_FORMAT,
  toSnapshotPurpose,
  type PurposeSnapshot,
  type SnapshotPurpose,
} from '../export/jsonExport';

export type ReadSnapshotResult =
  | {
      ok: true;
      snapshot: PurposeSnapshot;
      /** A console export, or a saved `GET /v1/purposes` answer (which has no tenant or date). */
      source: 'snapshot' | 'api-response';
      /** API-response entries that could not be read; always empty for a snapshot. */
      skipped: SkippedEntry[];
    }
  | { ok: false; message: string };

/** Far above 20,000 purposes (about 10 MB); beyond it the tab would freeze parsing. */
export const MAX_SNAPSHOT_CHARS = 50_000_000;

// Optional fields are read leniently (a wrong type is dropped) since a hand-edited file should
// still compare; only what the diff cannot do without (id, name) is strict.
const optionalText = z.string().optional().catch(undefined);

const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

const snapshotPurposeSchema = z
  .looseObject({
    id: z.number().int(),
    name: z.string(),
    tenantName: optionalText,
    group: optionalText,
    createdAt: z.string().nullable().catch(null),
    createdRaw: optionalText,
    description: optionalText,
    imageUrl: optionalText,
    // Optional spelled out: zod 4.6 makes a bare z.unknown() key required.
    extra: z.unknown().optional(),
  })
  .transform((entry): SnapshotPurpose => {
    const date =
      entry.createdAt && isoDate.test(entry.createdAt) ? new Date(entry.createdAt) : null;
    const readable = date !== null && !Number.isNaN(date.getTime());
    const purpose: SnapshotPurpose = {
      id: entry.id,
      name: entry.name,
      // Re-formatted so "…06.000Z" from another tool does not show as a changed date.
      createdAt: readable ? isoUtcSeconds(date) : null,
      extra: plainRecord(entry.extra),
    };
    const createdRaw = entry.createdRaw ?? (readable ? undefined : (entry.createdAt ?? undefined));
    const optional = { ...entry, createdRaw };
    for (const key of ['tenantName', 'group', 'createdRaw', 'description', 'imageUrl'] as const) {
      const value = optional[key];
      if (value !== undefined) purpose[key] = value;
    }
    return purpose;
  });

/** Own entries copied into a fresh object: a `__proto__` key stays a key, never a prototype. */
function plainRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value));
}

const snapshotSchema = z.looseObject({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(1),
  tenant: z.string().nullable().catch(null),
  endpointHost: z.string().catch(''),
  exportedAt: z.string().catch(''),
  purposes: z.array(snapshotPurposeSchema),
});

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The snapshot could not be read.';
  const [top, index, ...rest] = issue.path;
  if (top === 'purposes' && typeof index === 'number') {
    const field = rest.join('.');
    return `Purpose ${index + 1} in the file${field ? ` (${field})` : ''}: ${issue.message}`;
  }
  return `${issue.path.join('.') || 'The file'}: ${issue.message}`;
}

function fromApiResponse(body: unknown[]): ReadSnapshotResult {
  const { purposes, skipped } = parsePurposeList(body);
  if (purposes.length === 0 && skipped.length > 0) {
    return {
      ok: false,
      message: `None of the ${skipped.length} entries is a purpose (first: ${skipped[0]?.reason}).`,
    };
  }
  const tenants = new Set(purposes.map((purpose) => purpose.tenantName));
  const [onlyTenant] = tenants;
  return {
    ok: true,
    source: 'api-response',
    skipped,
    snapshot: {
      format: SNAPSHOT_FORMAT,
      version: 1,
      tenant: tenants.size === 1 ? (onlyTenant ?? null) : null,
      endpointHost: '',
      exportedAt: '',
      purposes: purposes.map(toSnapshotPurpose),
    },
  };
}

function fromSnapshot(body: unknown): ReadSnapshotResult {
  const header = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (header.format !== SNAPSHOT_FORMAT) {
    return {
      ok: false,
      message:
        'This is not a Purposes Console snapshot, nor a list of purposes from the API (GET /v1/purposes).',
    };
  }
  if (header.version !== 1) {
    return {
      ok: false,
      message: `This snapshot has version ${JSON.stringify(header.version) ?? 'none'}; this console reads version 1.`,
    };
  }
  const result = snapshotSchema.safeParse(body);
  if (!result.success) return { ok: false, message: describeIssue(result.error) };
  const { format, version, tenant, endpointHost, exportedAt, purposes } = result.data;
  return {
    ok: true,
    source: 'snapshot',
    skipped: [],
    snapshot: { format, version, tenant, endpointHost, exportedAt, purposes },
  };
}

/** Reads a file the user picked. The text is untrusted: every failure is a message, never a throw. */
export function readSnapshot(text: string): ReadSnapshotResult {
  if (text.length > MAX_SNAPSHOT_CHARS) {
    return { ok: false, message: 'This file is too large to be a snapshot of purposes.' };
  }
  let body: unknown;
  try {
    // Editors on Windows may save a byte order mark, which JSON.parse refuses.
    body = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'This file is not JSON.' };
  }
  try {
    return Array.isArray(body) ? fromApiResponse(body) : fromSnapshot(body);
  } catch {
    return { ok: false, message: 'The snapshot could not be read.' };
  }
}
