import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import type { Purpose } from './api';
import { PurposeCard } from './PurposeCard';

function GridList({ children, busy = false }: { children: ReactNode; busy?: boolean }) {
  return (
    <Box
      component="ul"
      aria-busy={busy}
      aria-label={busy ? 'Loading purposes' : 'Purposes'}
      sx={{
        listStyle: 'none',
        m: 0,
        p: 0,
        display: 'grid',
        gap: 2,
        gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))',
      }}
    >
      {children}
    </Box>
  );
}

export function PurposeGrid({ purposes }: { purposes: Purpose[] }) {
  return (
    <GridList>
      {purposes.map((purpose) => (
        <li key={purpose.id}>
          <PurposeCard purpose={purpose} />
        </li>
      ))}
    </GridList>
  );
}

/** Placeholders of the cards' own shape, so nothing jumps when the list arrives. */
export function PurposeGridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <GridList busy>
      {Array.from({ length: count }, (_, index) => (
        <li key={index}>
          <Card variant="outlined" sx={{ p: 2 }}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1.5 }}>
              <Skeleton variant="rounded" width={56} height={56} />
              <Stack sx={{ flex: 1 }}>
                <Skeleton width="70%" />
                <Skeleton width="40%" />
              </Stack>
            </Stack>
            <Skeleton width="60%" />
            <Skeleton />
            <Skeleton width="80%" />
          </Card>
        </li>
      ))}
    </GridList>
  );
}
