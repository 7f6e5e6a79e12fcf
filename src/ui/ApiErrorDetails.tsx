import Typography from '@mui/material/Typography';
import type { ApiError } from '../api/errors';
import { ProxyHint } from './ProxyHint';

/** Our words first, then the API's own, then the numbers a support ticket needs. */
export function ApiErrorDetails({ error }: { error: ApiError }) {
  const numbers = [
    error.status !== undefined && `HTTP ${error.status}`,
    error.code !== undefined && `code ${error.code}`,
  ].filter(Boolean);
  return (
    <>
      <Typography variant="body2" component="p" sx={{ fontWeight: 500 }}>
        {error.message}
      </Typography>
      {error.retryAfterSeconds !== undefined && (
        <Typography variant="body2" component="p">
          The API asks to wait {error.retryAfterSeconds} s before trying again.
        </Typography>
      )}
      {(error.detail || numbers.length > 0) && (
        <Typography variant="body2" component="p" sx={{ mt: 0.5, opacity: 0.85 }}>
          {error.detail && <>The API said: “{error.detail}”</>}
          {error.detail && numbers.length > 0 && ' · '}
          {numbers.join(', ')}
        </Typography>
      )}
      {error.kind === 'network' && error.endpoint && <ProxyHint endpoint={error.endpoint} />}
    </>
  );
}
