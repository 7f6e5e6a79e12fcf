import { ApiError, errorFromResponse } from './errors';

/** Where to send requests and with which key. The token is never part of a URL or a query key. */
export interface Connection {
  endpoint: string;
  token: string;
}

export const REQUEST_TIMEOUT_MS = 20_000;

/**
 * The only place the app calls `fetch`. Joins endpoint and path, sends the bearer, aborts after
 * 20 s or when the caller's signal fires, and turns every failure into an `ApiError`.
 * Resolves with the parsed JSON body, which is still untrusted.
 */
export async function apiFetch(
  connection: Connection,
  path: string,
  { signal, timeoutMs = REQUEST_TIMEOUT_MS }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) forwardAbort();
  signal?.addEventListener('abort', forwardAbort, { once: true });

  try {
    let response: Response;
    try {
      response = await fetch(`${connection.endpoint}${path}`, {
        method: 'GET',
        headers: {
          authorization: `Bearer ${connection.token}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        signal: controller.signal,
        credentials: 'omit',
        // The bearer goes to the endpoint the user typed and nowhere else, not even by redirect.
        redirect: 'error',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
      });
    } catch (cause) {
      if (timedOut) throw new ApiError({ kind: 'timeout' });
      if (signal?.aborted) throw cause; // cancelled by the caller: not an error to show
      throw new ApiError({ kind: 'network', endpoint: connection.endpoint });
    }
    const text = await response.text();
    if (!response.ok) {
      // An API that echoes the bearer back must not put it into an error the app shows or logs.
      throw errorFromResponse(
        response.status,
        text,
        response.headers.get('retry-after'),
        connection.token,
      );
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ApiError({
        kind: 'bad-response',
        status: response.status,
        detail: 'The body is not JSON.',
      });
    }
  } catch (error) {
    if (timedOut && !(error instanceof ApiError)) throw new ApiError({ kind: 'timeout' });
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
