import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import InboxIcon from '@mui/icons-material/Inbox';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../session/useSession';
import { EmptyState } from '../../ui/EmptyState';
import { QueryErrorState } from '../../ui/QueryErrorState';
import { purposeQueries } from './api';
import { PurposeGrid, PurposeGridSkeleton } from './PurposeGrid';
import { SkippedEntriesNotice } from './SkippedEntriesNotice';

function countLabel(count: number) {
  return count === 1 ? '1 purpose' : `${count} purposes`;
}

/** `/purposes`: every purpose of the tenant as a grid of cards. */
export function PurposesPage() {
  const session = useSession();
  const list = useQuery(purposeQueries.list(session));

  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" tabIndex={-1} sx={{ fontWeight: 600 }}>
          Purposes
        </Typography>
        {list.data && (
          <Typography color="text.secondary" aria-live="polite">
            {countLabel(list.data.purposes.length)}
          </Typography>
        )}
      </Box>
      {list.isPending && <PurposeGridSkeleton />}
      {list.isError && (
        <QueryErrorState
          title="The purposes could not be loaded"
          error={list.error}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      )}
      {list.data && (
        <>
          <SkippedEntriesNotice skipped={list.data.skipped} />
          {list.data.purposes.length === 0 ? (
            <EmptyState icon={<InboxIcon />} title="This tenant has no purposes yet">
              Purposes created in Webex Campaign will appear here.
            </EmptyState>
          ) : (
            <PurposeGrid purposes={list.data.purposes} />
          )}
        </>
      )}
    </Box>
  );
}
