import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router';
import type { Purpose } from './api';
import { CreatedDate } from './CreatedDate';
import { PurposeLogo } from './PurposeLogo';
import { detailStateFrom } from './detailLinkState';

const clamp = (lines: number) => ({
  display: '-webkit-box',
  WebkitLineClamp: lines,
  WebkitBoxOrient: 'vertical' as const,
  overflow: 'hidden',
  overflowWrap: 'anywhere' as const,
});

/** One purpose in the grid: the whole card is the link to its detail page. */
export function PurposeCard({ purpose }: { purpose: Purpose }) {
  const location = useLocation();
  const state = detailStateFrom(location);
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardActionArea
        component={RouterLink}
        to={`/purposes/${purpose.id}`}
        state={state}
        sx={{
          height: '100%',
          p: 2,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'stretch',
          justifyContent: 'flex-start',
          gap: 1.5,
        }}
      >
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', minWidth: 0 }}>
          <PurposeLogo name={purpose.name} imageUrl={purpose.imageUrl} size={56} />
          <Stack sx={{ minWidth: 0 }}>
            <Typography
              variant="subtitle1"
              component="h2"
              sx={{ fontWeight: 600, lineHeight: 1.3, ...clamp(2) }}
            >
              {purpose.name}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              ID {purpose.id}
              {purpose.group && ` · ${purpose.group}`}
            </Typography>
          </Stack>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          <CreatedDate date={purpose.createdAt} raw={purpose.createdRaw} />
        </Typography>
        <Typography
          variant="body2"
          sx={clamp(2)}
          color={purpose.description ? 'text.primary' : 'text.secondary'}
        >
          {purpose.description ?? 'No description'}
        </Typography>
      </CardActionArea>
    </Card>
  );
}
