import { http, HttpResponse, type HttpHandler } from 'msw';
import { createDemoPurposes, DEMO_TOKEN } from './data';

export interface HandlerOptions {
  /** `'*'` matches any origin (Vitest); otherwise a URL or path prefix such as `/demo-api`. */
  base: string;
  /** Origin the demo logos are served from; only used for the default purposes. */
  logoBase: string;
  /** Read on every request, so a test or server can swap the tenant without new handlers. */
  purposes?: () => Record<string, unknown>[];
}

/** A failure the way the API sends it: an HTTP status plus its own `code` in the body. */
export function apiFailure(status: number, code: number, description: string) {
  return HttpResponse.json({ code, description }, { status });
}

/** True only for `authorization: Bearer demo-token` (the scheme is case-insensitive: RFC 7235). */
export function hasKnownToken(request: Request): boolean {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  return match?.[1] === DEMO_TOKEN;
}

const invalidToken = () => apiFailure(401, 498, 'Invalid token or Access token expired');
const methodNotSupported = () => apiFailure(405, 405, 'Method not supported');

/**
 * The two documented routes and nothing else, so the browser demo can never answer for a real
 * tenant. The token is checked before the method, so a caller without one learns nothing more.
 */
export function createHandlers({ base, logoBase, purposes }: HandlerOptions): HttpHandler[] {
  let demo: Record<string, unknown>[] | undefined;
  const current = purposes ?? (() => (demo ??= createDemoPurposes(logoBase)));
  const list = `${base.replace(/\/+$/, '')}/v1/purposes`;
  const one = `${list}/:id`;

  return [
    http.get(list, ({ request }) => {
      if (!hasKnownToken(request)) return invalidToken();
      return HttpResponse.json(current());
    }),
    http.get(one, ({ request, params }) => {
      if (!hasKnownToken(request)) return invalidToken();
      const purpose = current().find((p) => String(p.id) === params.id);
      return purpose ? HttpResponse.json(purpose) : apiFailure(404, 404, 'Not found');
    }),
    // Reached only by methods other than GET, which the handlers above already answered.
    http.all(list, ({ request }) =>
      hasKnownToken(request) ? methodNotSupported() : invalidToken(),
    ),
    http.all(one, ({ request }) =>
      hasKnownToken(request) ? methodNotSupported() : invalidToken(),
    ),
  ];
}
