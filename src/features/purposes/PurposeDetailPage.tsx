import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { EmptyState } from '../../ui/EmptyState';
import { QueryErrorState } from '../../ui/QueryErrorState';
import { useSession } from '../session/useSession';
import { purposeQueries } from './api';
import { BackToPurposes } from './BackToPurposes';
import { CreatedDate } from './CreatedDate';
import { checkPurposeId } from './purposeId';
import { PurposeFields } from './PurposeFields';
import { PurposeLogo } from './PurposeLogo';
import { RawJsonView } from './RawJsonView';

function NotFound({ id }: { id: string }) {
  useDocumentTitle('Not found');
  return (
    <EmptyState icon={<SearchOffIcon />} title={`No purpose with ID ${id}`}>
      <Typography component="h1" variant="body1" tabIndex={-1} sx={{ mb: 2 }}>
        Purpose {id} was not found in this tenant.
      </Typography>
      <BackToPurposes />
    </EmptyState>
  );
}

function PurposeDetail({ id }: { id: number }) {
  const session = useSession();
  const client = useQueryClient();
  const detail = useQuery(purposeQueries.detail(session, id, client));
  const notFound = detail.isError && detail.error.kind === 'not-found';
  const purpose = detail.data;
  // The same words as NotFound's own title: parent and child effects agree whatever their order.
  useDocumentTitle(notFound ? 'Not found' : (purpose?.name ?? `Purpose ${id}`));

  if (notFound) return <NotFound id={String(id)} />;
  return (
    <Stack spacing={3}>
      <Box>
        <BackToPurposes />
      </Box>
      {detail.isFetching && <LinearProgress aria-label="Loading the purpose" sx={{ mt: -2 }} />}
      {detail.isError && !purpose && (
        // A heading for the page even when it failed: focus and screen readers land on it.
        <Typography variant="h4" component="h1" tabIndex={-1} sx={{ fontWeight: 600 }}>
          Purpose {id}
        </Typography>
      )}
      {detail.isError && (
        <QueryErrorState
          title={`Purpose ${id} could not be loaded`}
          error={detail.error}
          errorAt={detail.errorUpdatedAt}
          onRetry={() => void detail.refetch()}
          retrying={detail.isFetching}
        />
      )}
      {purpose && (
        <>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={3}
            sx={{ alignItems: { sm: 'center' } }}
          >
            <PurposeLogo
              name={purpose.name}
              imageUrl={purpose.imageUrl}
              size={128}
              alt={`${purpose.name} logo`}
            />
            <Box sx={{ minWidth: 0 }}>
              <Typography
                variant="h4"
                component="h1"
                tabIndex={-1}
                sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
              >
                {purpose.name}
              </Typography>
              <Typography color="text.secondary">
                ID {purpose.id} · <CreatedDate date={purpose.createdAt} raw={purpose.createdRaw} />
              </Typography>
            </Box>
          </Stack>
          <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
            <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
              Fields
            </Typography>
            <PurposeFields purpose={purpose} />
          </Paper>
          <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
            <RawJsonView value={purpose.raw} />
          </Paper>
        </>
      )}
    </Stack>
  );
}

/** `/purposes/:id`: one purpose, every field the API returned. */
export function PurposeDetailPage() {
  const { id = '' } = useParams();
  const check = checkPurposeId(id);
  return check.ok ? <PurposeDetail key={check.id} id={check.id} /> : <NotFound id={id} />;
}
