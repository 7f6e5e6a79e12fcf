import {
  ApiError,
  errorFromResponse,
  isRetryable,
  parseRetryAfter,
  type ApiErrorKind,
} from './errors';

const json = (value: unknown) => JSON.stringify(value);

describe('errorFromResponse', () => {
  // The vendor's failure table, row by row.
  it.each<[number, number, ApiErrorKind, string]>([
    [400, 400, 'bad-request', 'I/O error on post request.'],
    [401, 430, 'not-allowed', 'Authorization failed. This resource is not allowed'],
    [401, 498, 'invalid-token', 'Invalid token or Access token expired'],
    [404, 404, 'not-found', 'Not found'],
    [405, 405, 'method-not-allowed', 'Method not supported'],
    [500, 500, 'server', 'Internal server error'],
    [500, 1001, 'server', 'Something failed upstream'],
  ])('maps HTTP %i with code %i to %s', (status, code, kind, words) => {
    const error = errorFromResponse(status, json({ code, description: words }), null);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect(error).toMatchObject({ kind, status, code, detail: words });
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it('keeps a 401 with code 430 a permission problem, not an ended session', () => {
    const error = errorFromResponse(401, json({ code: 430, message: 'not allowed' }), null);
    expect(error.kind).toBe('not-allowed');
    expect(error.message).toMatch(/not allowed to read purposes/i);
  });

  it('treats a 401 without a code as an invalid token', () => {
    expect(errorFromResponse(401, '', null).kind).toBe('invalid-token');
  });

  it('maps other statuses: 403 not-allowed, 502 server, 418 http', () => {
    expect(errorFromResponse(403, '', null).kind).toBe('not-allowed');
    expect(errorFromResponse(502, '', null).kind).toBe('server');
    expect(errorFromResponse(418, '', null).kind).toBe('http');
  });

  it('reads 429 with Retry-After in seconds', () => {
    const error = errorFromResponse(429, json({ code: 429, message: 'Too many requests' }), '30');
    expect(error).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      code: 429,
      detail: 'Too many requests',
      retryAfterSeconds: 30,
    });
  });

  describe('with a fixed clock', () => {
    beforeEach(() => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date('2025-03-01T12:00:00Z'));
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('reads 429 with Retry-After as an HTTP date', () => {
      const error = errorFromResponse(429, '', 'Sat, 01 Mar 2025 12:01:30 GMT');
      expect(error.kind).toBe('rate-limited');
      expect(error.retryAfterSeconds).toBe(90);
    });

    it('reads a Retry-After date in the past as zero', () => {
      expect(errorFromResponse(429, '', 'Sat, 01 Mar 2025 11:00:00 GMT').retryAfterSeconds).toBe(0);
    });
  });

  it('leaves retryAfterSeconds empty for 429 without a usable header', () => {
    expect(errorFromResponse(429, '', null).retryAfterSeconds).toBeUndefined();
    expect(errorFromResponse(429, '', 'soon').retryAfterSeconds).toBeUndefined();
  });

  it('ignores Retry-After on statuses other than 429', () => {
    expect(errorFromResponse(500, '', '30').retryAfterSeconds).toBeUndefined();
  });

  it('reads the detail from message when there is no description', () => {
    const error = errorFromResponse(404, json({ code: 404, message: 'No purpose 9' }), null);
    expect(error.detail).toBe('No purpose 9');
  });

  it('prefers description over message', () => {
    const body = json({ code: 400, description: 'from description', message: 'from message' });
    expect(errorFromResponse(400, body, null).detail).toBe('from description');
  });

  it('caps a long detail at 500 characters', () => {
    const error = errorFromResponse(500, json({ code: 500, description: 'x'.repeat(2000) }), null);
    expect(error.detail).toHaveLength(500);
  });

  it('reads a code sent as a string', () => {
    const error = errorFromResponse(401, json({ code: '430', description: 'nope' }), null);
    expect(error).toMatchObject({ kind: 'not-allowed', code: 430, detail: 'nope' });
  });

  it('gives neither code nor detail for an empty body', () => {
    const error = errorFromResponse(500, '', null);
    expect(error).toMatchObject({ kind: 'server', status: 500 });
    expect(error.code).toBeUndefined();
    expect(error.detail).toBeUndefined();
  });

  it('gives neither code nor detail for an HTML body', () => {
    const error = errorFromResponse(
      502,
      '<html><body><h1>502 Bad Gateway</h1></body></html>',
      null,
    );
    expect(error.kind).toBe('server');
    expect(error.code).toBeUndefined();
    expect(error.detail).toBeUndefined();
  });

  it.each([['null'], ['"text"'], ['[1,2]'], ['42']])(
    'gives no code for the JSON body %s',
    (body) => {
      const error = errorFromResponse(401, body, null);
      expect(error.kind).toBe('invalid-token');
      expect(error.code).toBeUndefined();
      expect(error.detail).toBeUndefined();
    },
  );

  it('ignores a code that is not a number and words that are not text', () => {
    const error = errorFromResponse(401, json({ code: 'abc', description: { text: 'x' } }), null);
    expect(error.kind).toBe('invalid-token');
    expect(error.code).toBeUndefined();
    expect(error.detail).toBeUndefined();
  });
});

describe('ApiError', () => {
  it('carries a friendly message per kind, separate from the API words', () => {
    const error = new ApiError({ kind: 'invalid-token', status: 401, code: 498, detail: 'raw' });
    expect(error.message).toBe(
      'The token is invalid or has expired. Connect again with a valid API key.',
    );
    expect(error.message).not.toContain('raw');
    expect(error.detail).toBe('raw');
  });

  it('has a distinct, non-empty message for every kind', () => {
    const kinds: ApiErrorKind[] = [
      'invalid-token',
      'not-allowed',
      'bad-request',
      'not-found',
      'method-not-allowed',
      'rate-limited',
      'server',
      'network',
      'timeout',
      'bad-response',
      'http',
    ];
    const messages = kinds.map((kind) => new ApiError({ kind }).message);
    expect(messages.every((message) => message.length > 0)).toBe(true);
    expect(new Set(messages).size).toBe(kinds.length);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-03-01T12:00:00Z');

  it('reads seconds, rounding up', () => {
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('1.2', now)).toBe(2);
  });

  it('reads an HTTP date relative to now', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:00:10 GMT', now)).toBe(10);
  });

  it('gives nothing for a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('later', now)).toBeUndefined();
  });
});

describe('isRetryable', () => {
  it('retries server errors', () => {
    expect(isRetryable(new ApiError({ kind: 'server', status: 500 }))).toBe(true);
  });

  it.each<ApiErrorKind>([
    'invalid-token',
    'not-allowed',
    'bad-request',
    'not-found',
    'method-not-allowed',
    'rate-limited',
    'bad-response',
    'http',
  ])('never retries %s', (kind) => {
    expect(isRetryable(new ApiError({ kind }))).toBe(false);
  });

  // errors.ts deliberately stopped retrying these: a CORS failure or a 20 s timeout would only
  // repeat itself and delay the message the user needs.
  it.each<ApiErrorKind>(['network', 'timeout'])('does not retry %s', (kind) => {
    expect(isRetryable(new ApiError({ kind }))).toBe(false);
  });
});
