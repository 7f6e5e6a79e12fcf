import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import type { Connection } from '../../api/client';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ThemeToggle } from '../../ui/ThemeToggle';
import { ConnectForm } from './ConnectForm';
import { startDemo } from './demo';
import { rememberEndpoint } from './recentEndpoints';
import type { ReturnState } from './RequireSession';
import { startSession, useSessionState } from './sessionStore';

interface ConnectPageProps {
  /**
   * Checks the pair with one real request and leaves its answer in the cache, so the first
   * screen does not fetch it again. Given by the app, which knows the purposes feature.
   */
  checkConnection: (connection: Connection, client: QueryClient) => Promise<unknown>;
  /** Ends the open session, if any (token, cache, checks, demo worker), before another starts. */
  endCurrentSession: (client: QueryClient) => void;
}

interface ConnectRequest {
  connection: Connection;
  remember: boolean;
  demo: boolean;
}

const endNotices = {
  'token-rejected': 'The token is invalid or has expired. Connect again to continue.',
  'signed-out': 'You signed out. The token was forgotten.',
} as const;

export function ConnectPage({ checkConnection, endCurrentSession }: ConnectPageProps) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { endReason } = useSessionState();
  const from = (location.state as ReturnState | null)?.from;
  useDocumentTitle('Connect');

  const connect = useMutation({
    mutationFn: async ({ connection }: ConnectRequest) => {
      // Nothing of the old tenant (cached answers, logo checks, a late 401 of one of its
      // requests) may show up in the new session, so a new connection ends the open one.
      endCurrentSession(client);
      return checkConnection(connection, client);
    },
    onSuccess: (_data, { connection, remember, demo }) => {
      if (!demo) rememberEndpoint(connection.endpoint);
      startSession({ ...connection, remember, demo });
      navigate(from && from !== '/connect' ? from : '/purposes', { replace: true });
    },
  });
  // `/connect?demoSize=5000` tries the demo at scale; anything else is the hand-made tenant.
  const demoSize = Number(new URLSearchParams(location.search).get('demoSize')) || 0;
  const demo = useMutation({
    mutationFn: () => {
      endCurrentSession(client);
      return startDemo(Math.min(Math.max(0, Math.floor(demoSize)), 50_000));
    },
    onSuccess: (connection) => connect.mutate({ connection, remember: false, demo: true }),
  });

  return (
    <Box component="main" sx={{ minHeight: '100dvh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Box sx={{ position: 'absolute', top: 8, right: 8 }}>
        <ThemeToggle />
      </Box>
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 520, p: { xs: 2.5, sm: 4 } }}>
        <Typography variant="h4" component="h1" tabIndex={-1} sx={{ fontWeight: 600 }}>
          Purposes Console
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 1, mb: 3 }}>
          Connect to a Webex Campaign tenant to browse and verify its Purposes.
        </Typography>
        {endReason && !connect.isPending && (
          <Alert severity={endReason === 'token-rejected' ? 'warning' : 'info'} sx={{ mb: 3 }}>
            {endNotices[endReason]}
          </Alert>
        )}
        <ConnectForm
          defaultEndpoint={import.meta.env.VITE_DEFAULT_ENDPOINT ?? ''}
          pending={connect.isPending && !connect.variables.demo}
          error={connect.variables?.demo ? null : connect.error}
          onConnect={(connection, remember) =>
            connect.mutate({ connection, remember, demo: false })
          }
        />
        <Divider sx={{ my: 3 }}>or</Divider>
        <Button
          fullWidth
          variant="outlined"
          size="large"
          loading={demo.isPending || (connect.isPending && connect.variables.demo)}
          onClick={() => demo.mutate()}
        >
          Try the demo
        </Button>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          A built-in tenant served inside your browser. Nothing leaves this page.
        </Typography>
        {(demo.error || (connect.variables?.demo && connect.error)) && (
          <Alert severity="error" sx={{ mt: 2 }}>
            The demo could not start: {String(demo.error ?? connect.error?.message)}
          </Alert>
        )}
      </Paper>
    </Box>
  );
}
