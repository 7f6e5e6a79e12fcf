import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { Suspense, lazy, useEffect, useMemo } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import type { PurposeList as PurposeListData } from './api';
import { TenantChecksPanel } from './checks/TenantChecksPanel';
import { useTenantChecks } from './checks/useTenantChecks';
import { ExportMenu } from './export/ExportMenu';
import { GroupFilterChips } from './list/GroupFilterChips';
import { PurposesToolbar } from './list/PurposesToolbar';
import { prepareSearch } from './list/searchText';
import { usePurposeView } from './list/usePurposeView';
import { groupsOf, useVisiblePurposes } from './list/useVisiblePurposes';
import { defaultView, isFiltered } from './list/viewState';
import { PurposeGrid } from './PurposeGrid';
import { CompareButton } from './snapshot/CompareButton';

// The table is a second way of looking: loaded when first asked for.
const PurposeTable = lazy(() =>
  import('./PurposeTable').then((m) => ({ default: m.PurposeTable })),
);

function countLabel(shown: number, total: number) {
  const noun = total === 1 ? 'purpose' : 'purposes';
  return shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
}

/** The loaded tenant: checks, toolbar, and the purposes the view selects, as cards or rows. */
export function PurposeList({ list, endpoint }: { list: PurposeListData; endpoint: string }) {
  const { purposes, skipped } = list;
  const [view, setView] = usePurposeView();
  const checks = useTenantChecks(purposes);
  const visible = useVisiblePurposes(purposes, view, checks.results);
  const groups = useMemo(() => groupsOf(purposes), [purposes]);
  const tenant = purposes.find((purpose) => purpose.tenantName)?.tenantName ?? null;
  useEffect(() => prepareSearch(purposes), [purposes]);

  return (
    <>
      <TenantChecksPanel
        purposes={purposes}
        skipped={skipped}
        checks={checks}
        activeCheck={view.check}
        onToggleCheck={(check) => setView({ check: view.check === check ? null : check })}
      />
      <Stack spacing={1.5} sx={{ mb: 2 }}>
        <PurposesToolbar view={view} onChange={setView} />
        <GroupFilterChips
          groups={groups}
          selected={view.groups}
          onChange={(next) => setView({ groups: next })}
        />
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography color="text.secondary" role="status" sx={{ flex: 1 }}>
            {countLabel(visible.length, purposes.length)}
          </Typography>
          {isFiltered(view) && (
            <Button
              size="small"
              onClick={() =>
                setView({ ...defaultView, sort: view.sort, dir: view.dir, view: view.view })
              }
            >
              Clear filters
            </Button>
          )}
          <ExportMenu purposes={visible} tenant={tenant} endpoint={endpoint} />
          <CompareButton current={purposes} />
        </Stack>
      </Stack>
      {visible.length === 0 ? (
        <EmptyState icon={<SearchOffIcon />} title="No purpose matches this view">
          Change the search or clear the filters.
        </EmptyState>
      ) : view.view === 'table' ? (
        <Suspense
          fallback={
            <Box sx={{ display: 'grid', placeItems: 'center', py: 6 }}>
              <CircularProgress aria-label="Loading the table" />
            </Box>
          }
        >
          <PurposeTable purposes={visible} />
        </Suspense>
      ) : (
        <PurposeGrid purposes={visible} />
      )}
    </>
  );
}
