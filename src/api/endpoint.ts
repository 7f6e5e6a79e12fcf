/** The API base: an absolute http(s) URL or a same-origin path such as `/api`, no trailing `/v1`. */
export type EndpointCheck = { ok: true; endpoint: string } | { ok: false; message: string };

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Loopback hosts (as `URL.hostname` spells them). Browsers treat them as secure contexts, so plain
 * http is acceptable there: local mock APIs, proxies and logo servers.
 */
export function isLoopbackHost(hostname: string): boolean {
  return loopbackHosts.has(hostname);
}

/** Tolerates spaces, trailing slashes and a pasted `/v1`; refuses anything a browser should not call. */
export function checkEndpoint(input: string): EndpointCheck {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, message: 'Enter the API endpoint.' };
  const withoutV1 = trimmed.replace(/\/+$/, '').replace(/\/v1$/i, '').replace(/\/+$/, '');
  if (trimmed.startsWith('/')) {
    // `/` or `/v1` would leave an empty endpoint, which the session store and labels refuse.
    if (!withoutV1) return { ok: false, message: 'Enter a path such as /api, or a full URL.' };
    // A browser reads `//host`, `/\host` and `/<tab>/host` as another origin, which would then
    // receive the bearer: resolve the path the way fetch will and insist it stays same-origin.
    const sameOrigin = 'https://same-origin.invalid';
    const request = `${withoutV1}/v1/purposes`;
    const resolved = URL.canParse(request, sameOrigin) ? new URL(request, sameOrigin) : undefined;
    if (resolved?.origin !== sameOrigin) {
      return { ok: false, message: 'Enter a full URL or a path.' };
    }
    if (resolved.search || resolved.hash) {
      return { ok: false, message: 'Leave the query and fragment out.' };
    }
    return { ok: true, endpoint: withoutV1 };
  }
  let url: URL;
  try {
    url = new URL(withoutV1);
  } catch {
    return {
      ok: false,
      message: 'Enter a full URL such as https://<api hub>/ or a path such as /api.',
    };
  }
  if (url.username || url.password)
    return { ok: false, message: 'Leave credentials out of the URL.' };
  if (url.search || url.hash) return { ok: false, message: 'Leave the query and fragment out.' };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return { ok: false, message: 'Use https: (plain http: only for localhost).' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'The endpoint must start with https://.' };
  }
  return { ok: true, endpoint: url.href.replace(/\/+$/, '') };
}

/** A short name for the endpoint: its host, or the path when it is same-origin. */
export function endpointLabel(endpoint: string): string {
  return endpoint.startsWith('/') ? endpoint : new URL(endpoint).host;
}
