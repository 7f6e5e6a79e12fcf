import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { Link as RouterLink, isRouteErrorResponse, useRouteError } from 'react-router';
import { useDocumentTitle } from '../ui/useDocumentTitle';

function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** What a screen shows instead of a white page when it fails to render. */
export function RouteErrorScreen() {
  const error = useRouteError();
  // Rendered as the catch-all route there is no error at all: the address matched no screen.
  const notFound = error == null || (isRouteErrorResponse(error) && error.status === 404);
  useDocumentTitle(notFound ? 'Not found' : 'Error');
  return (
    <Box component="main" sx={{ p: { xs: 2, sm: 4 }, maxWidth: 720, mx: 'auto' }}>
      <Alert severity={notFound ? 'info' : 'error'}>
        <AlertTitle component="h1" tabIndex={-1}>
          {notFound ? 'There is no such page' : 'This screen failed'}
        </AlertTitle>
        {notFound ? 'The address does not match any screen of Purposes Console.' : describe(error)}
      </Alert>
      <Stack direction="row" spacing={2} sx={{ mt: 3 }}>
        <Button variant="contained" component={RouterLink} to="/purposes">
          Back to purposes
        </Button>
        {!notFound && <Button onClick={() => window.location.reload()}>Reload the page</Button>}
      </Stack>
    </Box>
  );
}
