import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/**
 * A browser refuses an API that sends no CORS headers, and says only "failed to fetch". The
 * way out is the console's same-origin proxy: give the exact command for this endpoint.
 */
export function ProxyHint({ endpoint }: { endpoint: string }) {
  if (!/^https?:\/\//.test(endpoint)) return null; // already same-origin: the proxy is not it
  const command = `API_PROXY_TARGET=${endpoint} npm run dev`;
  return (
    <Typography variant="body2" component="div" sx={{ mt: 1 }}>
      If the endpoint is right, run the console with its same-origin proxy, then connect to{' '}
      <code>/api</code>:
      <Box
        component="pre"
        sx={{ m: 0, mt: 0.5, p: 1, borderRadius: 1, bgcolor: 'action.hover', overflowX: 'auto' }}
      >
        <code>{command}</code>
      </Box>
    </Typography>
  );
}
