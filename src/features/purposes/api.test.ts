import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { ApiError } from '../../api/errors';
import type { Connection } from '../../api/client';
import {
  parsePurpose,
  parsePurposeDetail,
  parsePurposeList,
  purposeQueries,
  type Purpose,
} from './api';

// The vendor's response example and its field table describe two shapes of one purpose.
const vendorExample = {
  id: 582,
  name: 'Marketing',
  tenantName: 'surya',
  createdDate: '2023-01-05 08:51:06',
  description: 'Marketing P and L',
  imageUrl: 'http://demo.qa.webexcampaign.io/assets/logos/Untitled.png',
};
const fieldTableShape = {
  id: '582',
  name: 'Marketing',
  tenantName: 'surya',
  group: 'Finance',
  createdOn: '2023-01-05 08:51:06',
  description: 'Marketing P and L',
};

function mustParse(entry: unknown): Purpose {
  const parsed = parsePurpose(entry);
  if (typeof parsed === 'string') throw new Error(`expected a purpose, got: ${parsed}`);
  return parsed;
}

function reasonFor(entry: unknown): string {
  const { purposes, skipped } = parsePurposeList([entry]);
  expect(purposes).toEqual([]);
  expect(skipped).toHaveLength(1);
  return skipped[0]?.reason ?? '';
}

describe('parsePurpose', () => {
  it('normalises both documented shapes to the same fields', () => {
    const fromExample = mustParse(vendorExample);
    const fromTable = mustParse(fieldTableShape);
    const common = {
      id: 582,
      name: 'Marketing',
      tenantName: 'surya',
      createdAt: new Date('2023-01-05T08:51:06Z'),
      createdRaw: '2023-01-05 08:51:06',
      description: 'Marketing P and L',
      extra: {},
    };
    expect(fromExample).toMatchObject(common);
    expect(fromTable).toMatchObject(common);
    expect(fromExample.imageUrl).toBe(vendorExample.imageUrl);
    expect(fromExample.group).toBeUndefined();
    expect(fromTable.group).toBe('Finance');
    expect(fromTable.imageUrl).toBeUndefined();
  });

  it('keeps the entry exactly as received in raw', () => {
    const entry = { ...fieldTableShape, colour: 'teal' };
    const snapshot = structuredClone(entry);
    const purpose = mustParse(entry);
    expect(purpose.raw).toBe(entry);
    expect(entry).toEqual(snapshot);
  });

  it('puts unknown fields in extra and only them', () => {
    const purpose = mustParse({ ...vendorExample, channel: 'sms', flags: { a: 1 }, count: null });
    expect(purpose.extra).toEqual({ channel: 'sms', flags: { a: 1 }, count: null });
  });

  it('reads an id sent as a numeric string as a number', () => {
    expect(mustParse({ ...vendorExample, id: '582' }).id).toBe(582);
    expect(mustParse({ ...vendorExample, id: '007' }).id).toBe(7);
  });

  it('prefers createdOn over createdDate when both are sent', () => {
    const purpose = mustParse({
      ...vendorExample,
      createdOn: '2024-06-01 00:00:00',
      createdDate: '2020-01-01 00:00:00',
    });
    expect(purpose.createdRaw).toBe('2024-06-01 00:00:00');
  });

  it('keeps an unreadable date as createdRaw with a null createdAt', () => {
    const purpose = mustParse({ ...vendorExample, createdDate: '05/01/2023' });
    expect(purpose.createdAt).toBeNull();
    expect(purpose.createdRaw).toBe('05/01/2023');
  });

  it('keeps a non-text date as its JSON without throwing', () => {
    const weird = mustParse({ ...vendorExample, createdDate: { toString: 1 } });
    expect(weird.createdAt).toBeNull();
    expect(weird.createdRaw).toBe('{"toString":1}');
    expect(mustParse({ ...vendorExample, createdDate: 1672908666 }).createdRaw).toBe('1672908666');
  });

  it('leaves createdAt and createdRaw empty when no date is sent', () => {
    const withoutDate: Record<string, unknown> = { ...vendorExample };
    delete withoutDate.createdDate;
    const purpose = mustParse(withoutDate);
    expect(purpose.createdAt).toBeNull();
    expect(purpose.createdRaw).toBeUndefined();
  });

  it('trims the name and treats blank or null optional text as absent', () => {
    const purpose = mustParse({
      id: 1,
      name: '  Sales ',
      tenantName: null,
      description: '   ',
      imageUrl: '',
    });
    expect(purpose).toMatchObject({ id: 1, name: 'Sales' });
    expect(purpose.tenantName).toBeUndefined();
    expect(purpose.description).toBeUndefined();
    expect(purpose.imageUrl).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['12a', '12a'],
    ['0', 0],
    ["'0'", '0'],
    ['-1', -1],
    ['1.5', 1.5],
    ["'-3'", '-3'],
    ['an empty string', ''],
    ['null', null],
    ['a digit string beyond the safe range', '99999999999999999999'],
  ])('skips an entry whose id is %s, naming the field', (_label, id) => {
    expect(reasonFor({ ...vendorExample, id })).toMatch(/^id\b/);
  });

  it.each<[string, Record<string, unknown>]>([
    ['missing', { id: 1 }],
    ['blank', { id: 1, name: '   ' }],
    ['a number', { id: 1, name: 5 }],
  ])('skips an entry whose name is %s, naming the field', (_label, entry) => {
    expect(reasonFor(entry)).toMatch(/^name\b/);
  });

  it.each([[null], ['Marketing'], [582], [[vendorExample]]])('skips the entry %j', (entry) => {
    expect(reasonFor(entry)).not.toBe('');
  });
});

describe('parsePurposeList', () => {
  it.each([[null], [{}], [{ purposes: [] }], ['[]'], [42]])(
    'throws ApiError bad-response for the non-array %j',
    (body) => {
      expect(() => parsePurposeList(body)).toThrow(ApiError);
      try {
        parsePurposeList(body);
      } catch (error) {
        expect(error).toMatchObject({ kind: 'bad-response', status: 200 });
      }
    },
  );

  it('reads an empty list', () => {
    expect(parsePurposeList([])).toEqual({ purposes: [], skipped: [] });
  });

  it('keeps valid entries in order and reports the others by index', () => {
    const body = [
      vendorExample,
      { id: 'abc', name: 'Broken' },
      { ...fieldTableShape, id: 581, name: 'Sales' },
      'junk',
      { id: 579, name: 'Presales' },
      { id: 9 },
    ];
    const { purposes, skipped } = parsePurposeList(body);
    expect(purposes.map((purpose) => [purpose.id, purpose.name])).toEqual([
      [582, 'Marketing'],
      [581, 'Sales'],
      [579, 'Presales'],
    ]);
    expect(skipped.map((entry) => entry.index)).toEqual([1, 3, 5]);
    expect(skipped[0]?.reason).toMatch(/^id\b/);
    expect(skipped[2]?.reason).toMatch(/^name\b/);
  });
});

describe('parsePurposeDetail', () => {
  it('reads an object', () => {
    expect(parsePurposeDetail(vendorExample)).toMatchObject({ id: 582, name: 'Marketing' });
  });

  it('reads a one-element array', () => {
    const purpose = parsePurposeDetail([fieldTableShape]);
    expect(purpose).toMatchObject({ id: 582, name: 'Marketing', group: 'Finance' });
    expect(purpose.raw).toBe(fieldTableShape);
  });

  it('takes an empty array as "no such purpose"', () => {
    expect(() => parsePurposeDetail([])).toThrow(expect.objectContaining({ kind: 'not-found' }));
  });

  it.each<[string, unknown]>([
    ['two entries', [vendorExample, vendorExample]],
    ['null', null],
    ['an entry without a name', { id: 1 }],
  ])('throws ApiError bad-response for %s', (_label, body) => {
    let thrown: unknown;
    try {
      parsePurposeDetail(body);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ kind: 'bad-response' });
  });

  it('names the failing field in the detail', () => {
    expect(() => parsePurposeDetail({ id: 1 })).toThrow(
      expect.objectContaining({ detail: expect.stringMatching(/^name\b/) }),
    );
  });
});

describe('parsing arbitrary JSON', () => {
  const apiDate = fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 19).replace('T', ' '));
  const validPurpose = fc.record(
    {
      id: fc.oneof(
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: 2 ** 31 }).map(String),
      ),
      name: fc.string({ minLength: 1 }).filter((name) => name.trim().length > 0),
      tenantName: fc.option(fc.string(), { nil: null }),
      group: fc.string(),
      createdOn: apiDate,
      createdDate: fc.oneof(apiDate, fc.jsonValue()),
      description: fc.option(fc.string(), { nil: null }),
      imageUrl: fc.webUrl(),
      extraField: fc.jsonValue(),
    },
    { requiredKeys: ['id', 'name'] },
  );

  it('throws nothing but ApiError on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        try {
          parsePurposeList(body);
        } catch (error) {
          return error instanceof ApiError && error.kind === 'bad-response';
        }
        return Array.isArray(body);
      }),
    );
  });

  it('never throws on an array and accounts for every entry, keeping every valid one', () => {
    const entry = fc.oneof(
      validPurpose.map((value) => ({ value, valid: true })),
      fc.jsonValue().map((value) => ({ value, valid: false })),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries) => {
        const body = entries.map((item) => item.value);
        const { purposes, skipped } = parsePurposeList(body);
        expect(purposes.length + skipped.length).toBe(body.length);
        const kept = new Set(purposes.map((purpose) => purpose.raw));
        const skippedIndices = new Set(skipped.map((item) => item.index));
        entries.forEach((item, index) => {
          expect(kept.has(item.value)).toBe(!skippedIndices.has(index));
          if (item.valid) expect(kept.has(item.value)).toBe(true);
        });
        // Kept entries stay in the order they came in.
        const order = purposes.map((purpose) => body.findIndex((item) => item === purpose.raw));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
    );
  });

  it('reads every generated valid entry with its id and trimmed name', () => {
    fc.assert(
      fc.property(validPurpose, (entry) => {
        const purpose = mustParse(entry);
        expect(purpose.id).toBe(Number(entry.id));
        expect(purpose.name).toBe(entry.name.trim());
        expect(purpose.extra).toEqual(
          'extraField' in entry ? { extraField: entry.extraField } : {},
        );
      }),
    );
  });
});

describe('purposeQueries', () => {
  const connection: Connection = { endpoint: 'https://hub.example', token: 'secret-token-123' };
  const other: Connection = { endpoint: 'https://other.example', token: 'secret-token-123' };

  it('keys by endpoint and never by token', () => {
    const keys = [
      purposeQueries.all(connection.endpoint),
      purposeQueries.list(connection).queryKey,
      purposeQueries.detail(connection, 582).queryKey,
    ];
    for (const key of keys) {
      expect(key).toContain('https://hub.example');
      expect(JSON.stringify(key)).not.toContain('secret-token-123');
    }
    expect(purposeQueries.list(connection).queryKey).toEqual([
      'purposes',
      'https://hub.example',
      'list',
    ]);
    expect(purposeQueries.detail(connection, 582).queryKey).toEqual([
      'purposes',
      'https://hub.example',
      'detail',
      582,
    ]);
  });

  it('gives two tenants different keys and one tenant a common prefix', () => {
    expect(purposeQueries.list(other).queryKey).not.toEqual(
      purposeQueries.list(connection).queryKey,
    );
    const prefix = purposeQueries.all(connection.endpoint);
    expect(purposeQueries.list(connection).queryKey.slice(0, prefix.length)).toEqual([...prefix]);
    expect(purposeQueries.detail(connection, 1).queryKey.slice(0, prefix.length)).toEqual([
      ...prefix,
    ]);
  });

  it('takes detail placeholder data from the cached list', () => {
    const queryClient = new QueryClient();
    const list = parsePurposeList([vendorExample, { id: 581, name: 'Sales' }]);
    queryClient.setQueryData(purposeQueries.list(connection).queryKey, list);
    expect(purposeQueries.detail(connection, 581, queryClient).placeholderData).toMatchObject({
      id: 581,
      name: 'Sales',
    });
    expect(purposeQueries.detail(connection, 999, queryClient).placeholderData).toBeUndefined();
    expect(purposeQueries.detail(other, 581, queryClient).placeholderData).toBeUndefined();
    expect(purposeQueries.detail(connection, 581).placeholderData).toBeUndefined();
  });

  it('fetches and parses the list through the API client', async () => {
    let authorization: string | null = null;
    server.use(
      http.get('https://hub.example/v1/purposes', ({ request }) => {
        authorization = request.headers.get('authorization');
        return HttpResponse.json([vendorExample, { id: 'x' }]);
      }),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const data = await queryClient.fetchQuery(purposeQueries.list(connection));
    expect(authorization).toBe('Bearer secret-token-123');
    expect(data.purposes.map((purpose) => purpose.id)).toEqual([582]);
    expect(data.skipped).toEqual([{ index: 1, reason: expect.stringMatching(/^id\b/) }]);
  });

  it('fetches one purpose by id, accepting a one-element array', async () => {
    let path = '';
    server.use(
      http.get('https://hub.example/v1/purposes/:id', ({ request }) => {
        path = new URL(request.url).pathname;
        return HttpResponse.json([fieldTableShape]);
      }),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const purpose = await queryClient.fetchQuery(purposeQueries.detail(connection, 582));
    expect(path).toBe('/v1/purposes/582');
    expect(purpose).toMatchObject({ id: 582, group: 'Finance' });
  });
});
