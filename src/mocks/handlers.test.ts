import { http, HttpResponse } from 'msw';
import { createDemoPurposes, createLargeTenant, DEMO_LOGO_FILES, DEMO_TOKEN } from './data';
import { apiFailure } from './handlers';
import { server } from './node';

const API = 'https://api.test';

function get(path: string, token: string | null = DEMO_TOKEN, method = 'GET') {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  return fetch(`${API}${path}`, { method, headers });
}

describe('mock Purposes API', () => {
  it('lists the demo tenant, vendor example included', async () => {
    const response = await get('/v1/purposes');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>[];
    expect(body.length).toBeGreaterThanOrEqual(24);
    expect(new Set(body.map((p) => p.id)).size).toBe(body.length);
    expect(body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 582,
          name: 'Marketing',
          tenantName: 'surya',
          createdDate: '2023-01-05 08:51:06',
          description: 'Marketing P and L',
        }),
        expect.objectContaining({
          id: 581,
          name: 'Sales',
          tenantName: 'surya',
          createdDate: '2022-11-22 07:14:56',
          description: 'Sales P and L',
        }),
        expect.objectContaining({
          id: 579,
          name: 'Presales',
          tenantName: 'surya',
          createdDate: '2022-11-20 07:15:21',
          description: 'Presales P and L',
        }),
      ]),
    );
  });

  it('answers 401/498 without a token or with a wrong one', async () => {
    for (const token of [null, 'not-the-demo-token']) {
      const response = await get('/v1/purposes', token);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        code: 498,
        description: 'Invalid token or Access token expired',
      });
    }
    expect((await get('/v1/purposes/582', null)).status).toBe(401);
  });

  it('returns one purpose by id, or 404/404', async () => {
    const found = await get('/v1/purposes/581');
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ id: 581, name: 'Sales' });

    const missing = await get('/v1/purposes/999999');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 404, description: 'Not found' });
  });

  it('answers 405/405 to other methods', async () => {
    for (const path of ['/v1/purposes', '/v1/purposes/582']) {
      const response = await get(path, DEMO_TOKEN, 'POST');
      expect(response.status).toBe(405);
      expect(await response.json()).toEqual({ code: 405, description: 'Method not supported' });
    }
  });

  it('lets a test override one case', async () => {
    server.use(http.get('*/v1/purposes', () => apiFailure(500, 500, 'Internal server error')));
    expect((await get('/v1/purposes')).status).toBe(500);
    server.use(http.get('*/v1/purposes', () => HttpResponse.text('<html>')));
    expect(await (await get('/v1/purposes')).text()).toBe('<html>');
  });
});

describe('demo fixtures', () => {
  const purposes = createDemoPurposes('https://app.example');
  const logos = purposes.map((p) => p.imageUrl).filter((url) => typeof url === 'string');

  it('mixes both shapes of the vendor page', () => {
    const fieldTable = purposes.filter((p) => 'createdOn' in p && 'group' in p);
    expect(fieldTable.length).toBeGreaterThanOrEqual(purposes.length / 4);
    expect(
      purposes.every((p) =>
        /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(String(p.createdDate ?? p.createdOn)),
      ),
    ).toBe(true);
  });

  it('carries one of each deliberate problem', () => {
    const names = purposes.map((p) => String(p.name).trim().toLowerCase());
    expect(names.length - new Set(names).size).toBe(1);
    expect(logos).toContain('https://app.example/logos/retired-brand.svg');
    expect(logos.filter((url) => url.startsWith('http://'))).toHaveLength(1);
    expect(purposes.filter((p) => !('imageUrl' in p))).toHaveLength(1);
    expect(purposes.filter((p) => !('description' in p))).toHaveLength(1);
    expect(purposes.filter((p) => 'channel' in p)).toHaveLength(1);
  });

  it('points every other logo at a file in public/logos', () => {
    const files = logos.map((url) => /\/logos\/([\w-]+)\.svg$/.exec(url)?.[1]);
    const known: readonly (string | undefined)[] = DEMO_LOGO_FILES;
    expect(files.filter((file) => !known.includes(file))).toEqual(['retired-brand']);
  });

  it('skips the http:// logo when the demo itself is served over http', () => {
    const local = createDemoPurposes('http://127.0.0.1:4010');
    expect(
      local.every(
        (p) =>
          p.imageUrl === undefined || String(p.imageUrl).startsWith('http://127.0.0.1:4010/logos/'),
      ),
    ).toBe(true);
  });

  it('generates a large tenant deterministically', () => {
    const large = createLargeTenant(5000, 'https://app.example');
    expect(large).toHaveLength(5000);
    expect(new Set(large.map((p) => p.id)).size).toBe(5000);
    expect(large[41]).toMatchObject({ id: 42, name: expect.stringMatching(/^Purpose 00042 — /) });
    expect(createLargeTenant(5000, 'https://app.example')).toEqual(large);
    const latest = large
      .map((p) => String(p.createdDate ?? p.createdOn))
      .sort()
      .at(-1);
    expect(latest?.localeCompare('2026-12-01')).toBe(-1);
  });
});
