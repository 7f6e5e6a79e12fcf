import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { ApiError } from '../api/errors';
import { ApiErrorDetails } from './ApiErrorDetails';
import { useCountdown } from './useCountdown';

interface QueryErrorStateProps {
  title: string;
  error: ApiError;
  /** When the error arrived (the query's `errorUpdatedAt`), to honour the API's Retry-After. */
  errorAt: number;
  onRetry: () => void;
  retrying: boolean;
}

/** A failed request, said plainly, with the one action that may fix it. */
export function QueryErrorState({
  title,
  error,
  errorAt,
  onRetry,
  retrying,
}: QueryErrorStateProps) {
  // A throttling API said how long to wait: Try again waits with it rather than make it worse.
  const wait = useCountdown(error.retryAfterSeconds, errorAt);
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        <Button
          color="inherit"
          size="small"
          onClick={onRetry}
          loading={retrying}
          disabled={wait > 0}
        >
          {wait > 0 ? `Try again in ${wait} s` : 'Try again'}
        </Button>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      <ApiErrorDetails error={error} />
    </Alert>
  );
}
