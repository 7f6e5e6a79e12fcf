import { delay, http, HttpResponse } from 'msw';
import { server } from '../mocks/node';
import { apiFetch, type Connection } from './client';
import { ApiError } from './errors';

const TOKEN = 'secret-token-4f9a2c';
const connection: Connection = { endpoint: 'https://hub.example', token: TOKEN };

/** Runs `apiFetch` and returns what it rejected with, failing if it resolved. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await failureOf(promise);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('apiFetch', () => {
  it('sends the bearer and JSON headers to the endpoint and resolves with the body', async () => {
    let captured: Request | undefined;
    server.use(
      http.get('*/v1/purposes', ({ request }) => {
        captured = request;
        return HttpResponse.json([{ id: 1, name: 'One' }]);
      }),
    );
    await expect(apiFetch(connection, '/v1/purposes')).resolves.toEqual([{ id: 1, name: 'One' }]);
    expect(captured?.url).toBe('https://hub.example/v1/purposes');
    expect(captured?.method).toBe('GET');
    expect(captured?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(captured?.headers.get('content-type')).toBe('application/json');
    expect(captured?.headers.get('accept')).toBe('application/json');
  });

  it('never puts the token in the URL', async () => {
    let url = '';
    server.use(
      http.get('*/v1/purposes/:id', ({ request }) => {
        url = request.url;
        return HttpResponse.json({ id: 582, name: 'Marketing' });
      }),
    );
    await apiFetch(connection, '/v1/purposes/582');
    expect(url).toBe('https://hub.example/v1/purposes/582');
    expect(url).not.toContain(TOKEN);
  });

  it('joins a same-origin path endpoint onto the page origin', async () => {
    let url = '';
    server.use(
      http.get('*/v1/purposes', ({ request }) => {
        url = request.url;
        return HttpResponse.json([]);
      }),
    );
    await apiFetch({ endpoint: '/api', token: TOKEN }, '/v1/purposes');
    expect(url).toBe(`${location.origin}/api/v1/purposes`);
  });

  it('maps 401/498 to invalid-token with the API words', async () => {
    server.use(
      http.get('*/v1/purposes', () =>
        HttpResponse.json(
          { code: 498, description: 'Invalid token or Access token expired' },
          { status: 401 },
        ),
      ),
    );
    const error = await apiErrorOf(apiFetch(connection, '/v1/purposes'));
    expect(error).toMatchObject({
      kind: 'invalid-token',
      status: 401,
      code: 498,
      detail: 'Invalid token or Access token expired',
    });
  });

  it('maps 401/430 to not-allowed', async () => {
    server.use(
      http.get('*/v1/purposes', () =>
        HttpResponse.json({ code: 430, message: 'Authorization failed.' }, { status: 401 }),
      ),
    );
    const error = await apiErrorOf(apiFetch(connection, '/v1/purposes'));
    expect(error).toMatchObject({
      kind: 'not-allowed',
      code: 430,
      detail: 'Authorization failed.',
    });
  });

  it('reads Retry-After on 429', async () => {
    server.use(
      http.get(
        '*/v1/purposes',
        () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '30' } }),
      ),
    );
    const error = await apiErrorOf(apiFetch(connection, '/v1/purposes'));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterSeconds: 30 });
  });

  it('maps a 502 with an HTML body to server without detail', async () => {
    server.use(
      http.get('*/v1/purposes', () =>
        HttpResponse.html('<html><h1>Bad gateway</h1></html>', { status: 502 }),
      ),
    );
    const error = await apiErrorOf(apiFetch(connection, '/v1/purposes'));
    expect(error).toMatchObject({ kind: 'server', status: 502 });
    expect(error.detail).toBeUndefined();
  });

  it('maps a network failure to network', async () => {
    server.use(http.get('*/v1/purposes', () => HttpResponse.error()));
    const error = await apiErrorOf(apiFetch(connection, '/v1/purposes'));
    expect(error.kind).toBe('network');
    expect(error.status).toBeUndefined();
  });

  it.each([['<!doctype html><p>Login</p>'], ['']])(
    'maps a 200 whose body %j is not JSON to bad-response',
    async (body) => {
      server.use(http.get('*/v1/purposes', () => HttpResponse.text(body)));
      const error = await apiErrorOf(apiFetch(connection, '/v1/purposes'));
      expect(error).toMatchObject({ kind: 'bad-response', status: 200 });
    },
  );

  it('stops a request that takes longer than the timeout', async () => {
    server.use(
      http.get('*/v1/purposes', async () => {
        await delay('infinite');
        return HttpResponse.json([]);
      }),
    );
    const error = await apiErrorOf(apiFetch(connection, '/v1/purposes', { timeoutMs: 50 }));
    expect(error.kind).toBe('timeout');
  });

  // MSW's Node interceptor does not error a mocked body on abort as fetch does, so this one
  // stubs fetch with a spec-like response: headers arrive, the body stalls until aborted.
  it('times out a response whose body never finishes', async () => {
    const fetchStub = vi.spyOn(globalThis, 'fetch').mockImplementation((_input, init) => {
      const signal = init?.signal;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('[{"id":1,'));
          signal?.addEventListener('abort', () => controller.error(signal.reason));
        },
      });
      return Promise.resolve(new Response(body, { status: 200 }));
    });
    try {
      const error = await apiErrorOf(apiFetch(connection, '/v1/purposes', { timeoutMs: 50 }));
      expect(error.kind).toBe('timeout');
      expect(fetchStub).toHaveBeenCalledTimes(1);
    } finally {
      fetchStub.mockRestore();
    }
  });

  it('rejects with the caller abort, not an ApiError', async () => {
    let started!: () => void;
    const requestSeen = new Promise<void>((resolve) => (started = resolve));
    server.use(
      http.get('*/v1/purposes', async () => {
        started();
        await delay('infinite');
        return HttpResponse.json([]);
      }),
    );
    const controller = new AbortController();
    const reason = new DOMException('Navigated away', 'AbortError');
    const pending = apiFetch(connection, '/v1/purposes', { signal: controller.signal });
    await requestSeen;
    controller.abort(reason);
    const error = await failureOf(pending);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toBe(reason);
  });

  it('does not start a request when the caller signal is already aborted', async () => {
    let requests = 0;
    server.use(
      http.get('*/v1/purposes', () => {
        requests += 1;
        return HttpResponse.json([]);
      }),
    );
    const controller = new AbortController();
    controller.abort();
    const error = await failureOf(
      apiFetch(connection, '/v1/purposes', { signal: controller.signal }),
    );
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(requests).toBe(0);
  });

  describe('keeps the token out of every error', () => {
    const cases: [string, () => Response | Promise<Response>, number?][] = [
      [
        'an invalid token echoed by the API',
        () =>
          HttpResponse.json(
            { code: 498, description: `Invalid token ${TOKEN} or Access token expired` },
            { status: 401 },
          ),
      ],
      [
        'a server error echoing the header',
        () =>
          HttpResponse.json(
            { code: 500, message: `failed for authorization: Bearer ${TOKEN}` },
            { status: 500 },
          ),
      ],
      ['a network failure', () => HttpResponse.error()],
      ['a body that is not JSON', () => HttpResponse.text(`token=${TOKEN}`)],
      [
        'a timeout',
        async () => {
          await delay('infinite');
          return HttpResponse.json([]);
        },
        50,
      ],
    ];

    it.each(cases)('for %s', async (_label, resolver, timeoutMs) => {
      server.use(http.get('*/v1/purposes', resolver));
      const error = await apiErrorOf(apiFetch(connection, '/v1/purposes', { timeoutMs }));
      const visible = [error.message, error.detail ?? '', String(error), JSON.stringify(error)];
      for (const text of visible) expect(text).not.toContain(TOKEN);
    });

    it('while keeping the rest of the API words', async () => {
      server.use(
        http.get('*/v1/purposes', () =>
          HttpResponse.json(
            { code: 498, description: `Invalid token ${TOKEN} or Access token expired` },
            { status: 401 },
          ),
        ),
      );
      const error = await apiErrorOf(apiFetch(connection, '/v1/purposes'));
      expect(error.kind).toBe('invalid-token');
      expect(error.detail).toMatch(/^Invalid token .+ or Access token expired$/);
    });

    it('even when the API escapes it in JSON', async () => {
      // Base64 keys hold `/`, which JSON may write as `\/`: the raw text never matches.
      const slashed = { ...connection, token: 'abc/def+ghi==' };
      server.use(
        http.get('*/v1/purposes', () =>
          HttpResponse.text('{"code":498,"description":"Bad token abc\\/def+ghi=="}', {
            status: 401,
            headers: { 'content-type': 'application/json' },
          }),
        ),
      );
      const error = await apiErrorOf(apiFetch(slashed, '/v1/purposes'));
      expect(error.detail).toBe('Bad token [token]');
    });
  });
});
