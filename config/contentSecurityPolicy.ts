/**
 * The policy the built app runs under (a meta tag in index.html, and a header in
 * deploy/nginx.conf). Endpoints and logo hosts are the tenant's, so any https origin is allowed
 * for them, plus plain http on loopback for local mock APIs and logos over http (the vendor's
 * own example uses http logo URLs).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // emotion (MUI) injects <style> tags at run time
  "img-src 'self' https: http:",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
