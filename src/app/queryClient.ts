import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isRetryable } from '../api/errors';
import { getSession } from '../features/session/sessionStore';
import { closeSession } from './closeSession';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

const MAX_RETRIES = 2;

/**
 * One client per app (and per test). A 498 from any query ends the session: the token is
 * forgotten and the cache cleared, and the session guard sends the user to the token screen.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // Only a session can end: a token refused at Connect is the form's own error, even
        // when a session is open (the user may be trying another key).
        const connectCheck = query.meta?.connectCheck === true;
        if (
          error instanceof ApiError &&
          error.kind === 'invalid-token' &&
          getSession() &&
          !connectCheck
        ) {
          closeSession(client, 'token-rejected');
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          error instanceof ApiError && isRetryable(error) && failureCount < MAX_RETRIES,
      },
    },
  });
  return client;
}
