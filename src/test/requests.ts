import { onTestFinished } from 'vitest';
import { server } from '../mocks/node';

/**
 * Records the URL of every request the app sends from now until the end of the current test,
 * so a test can say "exactly one request" or "no request at all".
 */
export function recordRequests(): string[] {
  const urls: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    urls.push(request.url);
  };
  server.events.on('request:start', listener);
  onTestFinished(() => {
    server.events.removeListener('request:start', listener);
  });
  return urls;
}

/** A promise the test settles when it chooses: keeps an MSW handler pending on purpose. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
