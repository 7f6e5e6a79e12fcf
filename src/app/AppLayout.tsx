import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import LogoutIcon from '@mui/icons-material/Logout';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link as RouterLink, Outlet, useNavigate } from 'react-router';
import { endpointLabel } from '../api/endpoint';
import { closeSession } from './closeSession';
import { purposeQueries } from '../features/purposes/api';
import { PurposeLookupField } from '../features/purposes/PurposeLookupField';
import { useSession } from '../features/session/useSession';

/** The frame of every signed-in screen: product, tenant, lookup by ID, sign out. */
export function AppLayout() {
  const session = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  // The tenant's name comes with every purpose; the list is cached, so this costs nothing extra.
  const tenant = useQuery({
    ...purposeQueries.list(session),
    select: (list) => list.purposes.find((purpose) => purpose.tenantName)?.tenantName,
  });

  function signOut() {
    closeSession(client, 'signed-out');
    void navigate('/connect', { replace: true });
  }

  return (
    <>
      <AppBar
        position="sticky"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar sx={{ gap: 2, flexWrap: 'wrap', py: 1 }}>
          <Box sx={{ minWidth: 0, flex: '1 1 200px' }}>
            <Typography
              component={RouterLink}
              to="/purposes"
              variant="h6"
              sx={{ color: 'inherit', textDecoration: 'none', fontWeight: 600 }}
            >
              Purposes Console
            </Typography>
            <Typography variant="body2" color="text.secondary" noWrap>
              {tenant.data ? `Tenant ${tenant.data}` : 'Tenant'} ·{' '}
              {session.demo ? 'demo' : endpointLabel(session.endpoint)}
            </Typography>
          </Box>
          {session.demo && <Chip color="warning" label="Demo data" size="small" />}
          <PurposeLookupField />
          <Button color="inherit" startIcon={<LogoutIcon />} onClick={signOut}>
            Sign out
          </Button>
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="xl" sx={{ py: 3 }}>
        <Outlet />
      </Container>
    </>
  );
}
