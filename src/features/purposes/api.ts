import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from '../../api/zod';
import { apiFetch, type Connection } from '../../api/client';
import { ApiError } from '../../api/errors';
import { parseApiDate } from './createdDate';

/** One purpose as the app uses it, whichever of the vendor's two shapes it came in. */
export interface Purpose {
  id: number;
  name: string;
  tenantName?: string;
  group?: string;
  /** Null when the API sent no date or one we cannot read; `createdRaw` keeps what it sent. */
  createdAt: Date | null;
  createdRaw?: string;
  description?: string;
  imageUrl?: string;
  /** Fields the API sent that this version does not know, shown as they are. */
  extra: Record<string, unknown>;
  /** The entry exactly as received, for the raw JSON view. */
  raw: unknown;
}

export interface SkippedEntry {
  index: number;
  reason: string;
}

/** How a skipped entry is named to the user, wherever it is listed. */
export function describeSkippedEntry(entry: SkippedEntry): string {
  return `Entry ${entry.index + 1} of the list: ${entry.reason}`;
}

export interface PurposeList {
  purposes: Purpose[];
  skipped: SkippedEntry[];
}

const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value?.trim() ? value : undefined));

const knownFields = [
  'id',
  'name',
  'tenantName',
  'group',
  'createdOn',
  'createdDate',
  'description',
  'imageUrl',
];

const purposeSchema = z
  .looseObject({
    id: z.union([
      z.number().int().positive(),
      // Piped so that '0' and out-of-range digit strings fail like the numbers they stand for.
      z
        .string()
        .regex(/^\d+$/, 'id is not a number')
        .transform(Number)
        .pipe(z.number().int().positive()),
    ]),
    name: z.string().trim().min(1, 'name is empty'),
    tenantName: optionalText,
    group: optionalText,
    // Each shape sends only one of the two; zod 4.6 treats a bare z.unknown() key as required.
    createdOn: z.unknown().optional(),
    createdDate: z.unknown().optional(),
    description: optionalText,
    imageUrl: optionalText,
  })
  .transform((entry): Omit<Purpose, 'raw'> => {
    const created = entry.createdOn ?? entry.createdDate;
    const extra = Object.fromEntries(
      Object.entries(entry).filter(([key]) => !knownFields.includes(key)),
    );
    return {
      id: entry.id,
      name: entry.name,
      tenantName: entry.tenantName,
      group: entry.group,
      createdAt: parseApiDate(created),
      // String() throws on JSON such as {"toString": 1}; one odd date must not sink the list.
      createdRaw:
        created == null
          ? undefined
          : typeof created === 'string'
            ? created
            : JSON.stringify(created),
      description: entry.description,
      imageUrl: entry.imageUrl,
      extra,
    };
  });

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not a purpose';
  const field = issue.path.join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}

/** Reads one entry; the error string says why it could not be read. */
export function parsePurpose(entry: unknown): Purpose | string {
  const result = purposeSchema.safeParse(entry);
  return result.success ? { ...result.data, raw: entry } : describeIssue(result.error);
}

/** Never throws on a list: bad entries are skipped and counted so one cannot sink the rest. */
export function parsePurposeList(body: unknown): PurposeList {
  if (!Array.isArray(body)) {
    throw new ApiError({ kind: 'bad-response', status: 200, detail: 'Expected a JSON array.' });
  }
  const purposes: Purpose[] = [];
  const skipped: SkippedEntry[] = [];
  body.forEach((entry: unknown, index) => {
    const parsed = parsePurpose(entry);
    if (typeof parsed === 'string') skipped.push({ index, reason: parsed });
    else purposes.push(parsed);
  });
  return { purposes, skipped };
}

/** The by-id answer may be an object or a one-element array. */
export function parsePurposeDetail(body: unknown): Purpose {
  // An empty list for an ID is the API's way of saying there is no such purpose.
  if (Array.isArray(body) && body.length === 0) {
    throw new ApiError({
      kind: 'not-found',
      status: 200,
      detail: 'The API answered with an empty list.',
    });
  }
  const entry = Array.isArray(body) && body.length === 1 ? body[0] : body;
  const parsed = parsePurpose(entry);
  if (typeof parsed === 'string') {
    throw new ApiError({ kind: 'bad-response', status: 200, detail: parsed });
  }
  return parsed;
}

export const purposeQueries = {
  /**
   * Keyed by endpoint, never by token (a key is no place for a secret). Tenants on one regional
   * endpoint never share entries because a new connection first ends the open session, which
   * clears the cache.
   */
  all: (endpoint: string) => ['purposes', endpoint] as const,
  // The token is left out of keys on purpose (a key is not a place for a secret); a new token
  // means a new session, and ending a session clears the whole cache.
  list: (connection: Connection) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- endpoint keys it; see above
    queryOptions({
      queryKey: [...purposeQueries.all(connection.endpoint), 'list'] as const,
      queryFn: ({ signal }) =>
        apiFetch(connection, '/v1/purposes', { signal }).then(parsePurposeList),
    }),
  /** Shown at once from the list's cache when it is there, while the by-id request refreshes it. */
  detail: (connection: Connection, id: number, client?: QueryClient) => {
    const fromList = client
      ?.getQueryData(purposeQueries.list(connection).queryKey)
      ?.purposes.find((purpose) => purpose.id === id);
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- endpoint and id key it
    return queryOptions({
      queryKey: [...purposeQueries.all(connection.endpoint), 'detail', id] as const,
      queryFn: ({ signal }) =>
        apiFetch(connection, `/v1/purposes/${id}`, { signal }).then(parsePurposeDetail),
      placeholderData: fromList,
    });
  },
};
