/** What went wrong, in terms a user can act on. One kind per row of the vendor's table and more. */
export type ApiErrorKind =
  | 'invalid-token' // 401/498: the session must end
  | 'not-allowed' // 401/430: the key works but may not read this resource
  | 'bad-request' // 400
  | 'not-found' // 404
  | 'method-not-allowed' // 405
  | 'rate-limited' // 429
  | 'server' // 5xx
  | 'network' // fetch rejected: DNS, refused, CORS
  | 'timeout'
  | 'bad-response' // 200 with something that is not what we asked for
  | 'http'; // any other status

export interface ApiErrorInit {
  kind: ApiErrorKind;
  status?: number;
  code?: number;
  /** The API's own words (`description` or `message` of the body), shown below ours. */
  detail?: string;
  retryAfterSeconds?: number;
  /** The endpoint that could not be reached, so the message can name the proxy command for it. */
  endpoint?: string;
}

const friendly: Record<ApiErrorKind, string> = {
  'invalid-token': 'The token is invalid or has expired. Connect again with a valid API key.',
  'not-allowed':
    'This key is not allowed to read purposes. Ask your tenant administrator for a key with access to the Purposes API.',
  'bad-request': 'The API refused the request as malformed.',
  'not-found': 'The API has nothing at this address.',
  'method-not-allowed': 'The API does not support this request method here.',
  'rate-limited': 'The API is throttling requests. Wait a moment, then try again.',
  server: 'The API had an internal error.',
  network:
    'The endpoint could not be reached. Check the address; note that a browser blocks APIs that send no CORS headers, in which case use the same-origin proxy.',
  timeout: 'The API did not answer within 20 seconds, so the request was stopped.',
  'bad-response': 'The API answered with something that is not a purpose list.',
  http: 'The API answered with an unexpected error.',
};

/** The one error type every request throws; registered as TanStack Query's default error. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly code?: number;
  readonly detail?: string;
  readonly retryAfterSeconds?: number;
  readonly endpoint?: string;

  constructor(init: ApiErrorInit) {
    super(friendly[init.kind]);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.endpoint = init.endpoint;
  }
}

function kindOf(status: number, code: number | undefined): ApiErrorKind {
  if (status === 401) return code === 430 ? 'not-allowed' : 'invalid-token';
  if (status === 400) return 'bad-request';
  if (status === 403) return 'not-allowed';
  if (status === 404) return 'not-found';
  if (status === 405) return 'method-not-allowed';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'http';
}

/** Reads `{code, description}` or `{code, message}`; any other body (empty, HTML) gives neither. */
function readFailureBody(text: string): { code?: number; detail?: string } {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null) return {};
    const { code, description, message } = body as Record<string, unknown>;
    const numericCode = typeof code === 'number' ? code : Number.parseInt(String(code), 10);
    const words = typeof description === 'string' ? description : message;
    return {
      code: Number.isFinite(numericCode) ? numericCode : undefined,
      detail: typeof words === 'string' ? words.slice(0, 500) : undefined,
    };
  } catch {
    return {};
  }
}

/** `Retry-After` is seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * `secret` (the bearer) is cut out of the API's words after they are parsed, so an API that
 * echoes it back, even JSON-escaped (`\/` for `/`), never puts it on screen or in a log.
 */
export function errorFromResponse(
  status: number,
  bodyText: string,
  retryAfter: string | null,
  secret?: string,
) {
  const { code, detail: words } = readFailureBody(bodyText);
  const detail = secret && words ? words.replaceAll(secret, '[token]') : words;
  const kind = kindOf(status, code);
  return new ApiError({
    kind,
    status,
    code,
    detail,
    retryAfterSeconds: kind === 'rate-limited' ? parseRetryAfter(retryAfter) : undefined,
  });
}

/**
 * 4xx are answers, not accidents: only 5xx are worth retrying. A network failure (often CORS) or a
 * 20 s timeout would only repeat itself and delay the message the user needs.
 */
export function isRetryable(error: ApiError): boolean {
  return error.kind === 'server';
}
