import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import { useState, type FormEvent } from 'react';
import type { Connection } from '../../api/client';
import { checkEndpoint } from '../../api/endpoint';
import type { ApiError } from '../../api/errors';
import { ApiErrorDetails } from '../../ui/ApiErrorDetails';
import { EndpointField } from './EndpointField';
import { TokenField } from './TokenField';

interface ConnectFormProps {
  defaultEndpoint: string;
  pending: boolean;
  error: ApiError | null;
  onConnect: (connection: Connection, remember: boolean) => void;
}

/** While the user is still typing the scheme, an error would only be noise. */
function isTypingScheme(value: string) {
  const lower = value.trim().toLowerCase();
  return 'https://'.startsWith(lower) || 'http://'.startsWith(lower);
}

export function ConnectForm({ defaultEndpoint, pending, error, onConnect }: ConnectFormProps) {
  const [endpoint, setEndpoint] = useState(defaultEndpoint);
  const [token, setToken] = useState('');
  const [remember, setRemember] = useState(false);
  const [submitted, setSubmitted] = useState(false);

  const endpointCheck = checkEndpoint(endpoint);
  const showEndpointError = !endpointCheck.ok && (submitted || !isTypingScheme(endpoint));
  const tokenError = submitted && !token.trim() ? 'Enter your API token.' : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!endpointCheck.ok || !token.trim()) return;
    onConnect({ endpoint: endpointCheck.endpoint, token: token.trim() }, remember);
  }

  return (
    <Stack
      component="form"
      noValidate
      onSubmit={submit}
      spacing={2.5}
      aria-label="Connect to a tenant"
    >
      <EndpointField
        value={endpoint}
        onChange={setEndpoint}
        error={showEndpointError && !endpointCheck.ok ? endpointCheck.message : undefined}
      />
      <TokenField value={token} onChange={setToken} error={tokenError} />
      <div>
        <FormControlLabel
          control={
            <Checkbox checked={remember} onChange={(event) => setRemember(event.target.checked)} />
          }
          label="Remember for this browser tab"
        />
        <FormHelperText sx={{ mt: 0 }}>
          Keeps the token in this tab’s session storage until the tab is closed. Otherwise it stays
          in memory only and a reload asks for it again.
        </FormHelperText>
      </div>
      <Button
        type="submit"
        variant="contained"
        size="large"
        loading={pending}
        loadingPosition="start"
      >
        Connect
      </Button>
      {error && (
        <Alert severity="error" role="alert">
          <ApiErrorDetails error={error} />
        </Alert>
      )}
    </Stack>
  );
}
