import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { ApiError } from '../api/errors';
import { ApiErrorDetails } from './ApiErrorDetails';

interface QueryErrorStateProps {
  title: string;
  error: ApiError;
  onRetry: () => void;
  retrying: boolean;
}

/** A failed request, said plainly, with the one action that may fix it. */
export function QueryErrorState({ title, error, onRetry, retrying }: QueryErrorStateProps) {
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        <Button color="inherit" size="small" onClick={onRetry} loading={retrying}>
          Try again
        </Button>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      <ApiErrorDetails error={error} />
    </Alert>
  );
}
