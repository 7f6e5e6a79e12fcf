import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import type { Purpose } from './api';
import { CreatedDate } from './CreatedDate';
import { useRememberedScroll } from './list/gridScrollMemory';
import { useGridLayout } from './list/useGridLayout';
import { detailStateFrom } from './detailLinkState';
import { PurposeLogo } from './PurposeLogo';

const ROW_HEIGHT = 53;
const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/**
 * The compact view: one row per purpose, a native table (so screen readers announce headers),
 * with only the rows near the viewport rendered between two spacer rows.
 */
export function PurposeTable({ purposes }: { purposes: Purpose[] }) {
  const tableRef = useRef<HTMLTableElement>(null);
  const { top } = useGridLayout(tableRef, 1, 0);
  const state = detailStateFrom(useLocation());
  const initialOffset = useRememberedScroll();
  const virtualizer = useWindowVirtualizer({
    count: purposes.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: top,
    initialOffset,
  });
  const rows = virtualizer.getVirtualItems();
  const before = (rows[0]?.start ?? top) - top;
  const after = virtualizer.getTotalSize() - ((rows.at(-1)?.end ?? top) - top);

  return (
    <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
      <Box
        component="table"
        ref={tableRef}
        aria-label="Purposes"
        aria-rowcount={purposes.length + 1}
        sx={{
          width: '100%',
          borderCollapse: 'collapse',
          tableLayout: 'fixed',
          minWidth: 720,
          '& th, & td': {
            px: 1.5,
            py: 1,
            borderBottom: 1,
            borderColor: 'divider',
            textAlign: 'left',
            fontSize: 14,
          },
          '& th': { fontWeight: 600, bgcolor: 'action.hover' },
          '& tbody tr[data-index]:hover': { bgcolor: 'action.hover' },
        }}
      >
        <colgroup>
          <col style={{ width: 56 }} />
          <col style={{ width: '24%' }} />
          <col style={{ width: 80 }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: 240 }} />
          <col />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">
              <Box
                component="span"
                sx={{
                  position: 'absolute',
                  width: 1,
                  height: 1,
                  overflow: 'hidden',
                  clip: 'rect(0 0 0 0)',
                }}
              >
                Logo
              </Box>
            </th>
            <th scope="col">Name</th>
            <th scope="col">ID</th>
            <th scope="col">Group</th>
            <th scope="col">Created</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden style={{ height: before }} />}
          {rows.map((row) => {
            const purpose = purposes[row.index];
            if (!purpose) return null;
            return (
              <tr
                key={purpose.id}
                data-index={row.index}
                aria-rowindex={row.index + 2}
                style={{ height: ROW_HEIGHT }}
              >
                <td>
                  <PurposeLogo name={purpose.name} imageUrl={purpose.imageUrl} size={32} />
                </td>
                <Box component="td" sx={ellipsis}>
                  <Link
                    component={RouterLink}
                    to={`/purposes/${purpose.id}`}
                    state={state}
                    sx={{ fontWeight: 600 }}
                  >
                    {purpose.name}
                  </Link>
                </Box>
                <td>{purpose.id}</td>
                <Box component="td" sx={ellipsis}>
                  {purpose.group ?? ''}
                </Box>
                <Box component="td" sx={ellipsis}>
                  <CreatedDate date={purpose.createdAt} raw={purpose.createdRaw} />
                </Box>
                <Box
                  component="td"
                  sx={{
                    ...ellipsis,
                    color: purpose.description ? 'text.primary' : 'text.secondary',
                  }}
                >
                  {purpose.description ?? 'No description'}
                </Box>
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden style={{ height: after }} />}
        </tbody>
      </Box>
    </Paper>
  );
}
