import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import InboxIcon from '@mui/icons-material/Inbox';
import { useQuery } from '@tanstack/react-query';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useSession } from '../session/useSession';
import { EmptyState } from '../../ui/EmptyState';
import { QueryErrorState } from '../../ui/QueryErrorState';
import { purposeQueries } from './api';
import { PurposeGridSkeleton } from './PurposeGrid';
import { PurposeList } from './PurposeList';
import { SkippedEntriesNotice } from './SkippedEntriesNotice';

/** `/purposes`: every purpose of the tenant, with the tools to search and verify them. */
export function PurposesPage() {
  const session = useSession();
  const list = useQuery(purposeQueries.list(session));
  useDocumentTitle('Purposes');

  return (
    <Box>
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" tabIndex={-1} sx={{ fontWeight: 600 }}>
          Purposes
        </Typography>
      </Stack>
      {list.isPending && <PurposeGridSkeleton />}
      {list.isError && (
        <QueryErrorState
          title="The purposes could not be loaded"
          error={list.error}
          errorAt={list.errorUpdatedAt}
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
            <PurposeList list={list.data} endpoint={session.endpoint} />
          )}
        </>
      )}
    </Box>
  );
}
