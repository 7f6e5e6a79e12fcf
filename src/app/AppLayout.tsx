import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Collapse from '@mui/material/Collapse';
import Container from '@mui/material/Container';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import LogoutIcon from '@mui/icons-material/Logout';
import PinIcon from '@mui/icons-material/Pin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, Outlet, useNavigate } from 'react-router';
import { endpointLabel } from '../api/endpoint';
import { purposeQueries } from '../features/purposes/api';
import { PurposeLookupField } from '../features/purposes/PurposeLookupField';
import { useSession } from '../features/session/useSession';
import { closeSession } from './closeSession';
import { ThemeToggle } from '../ui/ThemeToggle';

const touchTarget = { minWidth: 44, minHeight: 44 };

/** The frame of every signed-in screen: product, tenant, lookup by ID, theme, sign out. */
export function AppLayout() {
  const session = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  const [lookupOpen, setLookupOpen] = useState(false);
  // The tenant's name comes with every purpose. On the grid the list is cached already; a deep
  // link to a purpose fetches it once, which also lets Back to purposes open at once.
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
        <Toolbar sx={{ gap: { xs: 0.5, sm: 2 }, py: 1, px: { xs: 1.5, sm: 3 } }}>
          <Box sx={{ minWidth: 0, flex: 1 }}>
            <Typography
              component={RouterLink}
              to="/purposes"
              variant="h6"
              noWrap
              sx={{ display: 'block', color: 'inherit', textDecoration: 'none', fontWeight: 600 }}
            >
              Purposes Console
            </Typography>
            <Typography variant="body2" color="text.secondary" noWrap>
              {tenant.data ? `Tenant ${tenant.data}` : 'Tenant'} ·{' '}
              {session.demo ? 'demo data' : endpointLabel(session.endpoint)}
            </Typography>
          </Box>
          {session.demo && !phone && <Chip color="warning" label="Demo data" size="small" />}
          {phone ? (
            <IconButton
              aria-label="Open a purpose by ID"
              aria-expanded={lookupOpen}
              aria-controls="lookup-row"
              onClick={() => setLookupOpen((open) => !open)}
              sx={touchTarget}
            >
              <PinIcon />
            </IconButton>
          ) : (
            <PurposeLookupField />
          )}
          <ThemeToggle />
          {phone ? (
            <IconButton aria-label="Sign out" onClick={signOut} sx={touchTarget}>
              <LogoutIcon />
            </IconButton>
          ) : (
            <Button color="inherit" startIcon={<LogoutIcon />} onClick={signOut} sx={touchTarget}>
              Sign out
            </Button>
          )}
        </Toolbar>
        {phone && (
          <Collapse in={lookupOpen} id="lookup-row" unmountOnExit>
            <Box sx={{ px: 1.5, pb: 1.5 }}>
              <PurposeLookupField autoFocus onOpened={() => setLookupOpen(false)} />
            </Box>
          </Collapse>
        )}
      </AppBar>
      <Container component="main" maxWidth="xl" sx={{ py: 3, px: { xs: 1.5, sm: 3 } }}>
        <Outlet />
      </Container>
    </>
  );
}
