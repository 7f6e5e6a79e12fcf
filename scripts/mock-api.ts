/**
 * The mock Purposes API over real HTTP, for curl, Playwright and `API_PROXY_TARGET`:
 * `npm run mock-api` (MOCK_API_PORT, default 4010; MOCK_API_SIZE=5000 for a large tenant).
 */
import { createServer as createHttpServer, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createServer as createMockApp } from '@mswjs/http-middleware';
import { createLargeTenant } from '../src/mocks/data.ts';
import { createHandlers } from '../src/mocks/handlers.ts';

const port = Number(process.env.MOCK_API_PORT ?? 4010);
const size = Number(process.env.MOCK_API_SIZE ?? 0);
if (!Number.isInteger(port) || port <= 0) throw new Error(`MOCK_API_PORT is not a port: ${port}`);
if (!Number.isInteger(size) || size < 0) throw new Error(`MOCK_API_SIZE is not a count: ${size}`);

const origin = `http://127.0.0.1:${port}`;
const large = size > 0 ? createLargeTenant(size, origin) : undefined;
// '*' rather than `origin`: callers may say localhost, or come through the Vite proxy.
const mockApp = createMockApp(
  ...createHandlers({ base: '*', logoBase: origin, purposes: large && (() => large) }),
);
const logosDir = new URL('../public/logos/', import.meta.url);

async function sendLogo(file: string, res: ServerResponse): Promise<void> {
  try {
    const svg = await readFile(new URL(file, logosDir));
    res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-cache' });
    res.end(svg);
  } catch {
    // Like a real CDN: the deliberately missing retired-brand.svg must be a plain 404.
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
}

const server = createHttpServer((req, res) => {
  // The vendor documents no CORS; the mock allows any origin so the app can call it directly.
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-headers', 'authorization, content-type');
  res.setHeader('access-control-allow-methods', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
  res.setHeader('access-control-max-age', '600');
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end();
    return;
  }
  const path = new URL(req.url ?? '/', origin).pathname;
  // Only plain file names: no way out of public/logos.
  const logo = /^\/logos\/([\w-]+\.svg)$/.exec(path)?.[1];
  if (logo && (req.method === 'GET' || req.method === 'HEAD')) {
    void sendLogo(logo, res);
    return;
  }
  // The Express app from http-middleware runs the MSW handlers, and 404s anything else.
  mockApp(req, res);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Mock API on ${origin} (token: demo-token)`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
