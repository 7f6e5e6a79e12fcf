import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Purpose } from './api';
import { useRememberedScroll } from './list/gridScrollMemory';
import { useGridLayout } from './list/useGridLayout';
import { PurposeCard } from './PurposeCard';

const MIN_CARD_WIDTH = 280;
const GAP = 16;
const ESTIMATED_ROW_HEIGHT = 172;

const listSx = { listStyle: 'none', m: 0, p: 0 } as const;
const rowSx = (columns: number) => ({
  display: 'grid',
  gap: `${GAP}px`,
  gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
  pb: `${GAP}px`,
});

/**
 * The cards, in rows as wide as the screen allows. Only the rows near the viewport are in the
 * DOM, so 20,000 purposes scroll as smoothly as 20; the page itself scrolls, as before.
 */
export function PurposeGrid({ purposes }: { purposes: Purpose[] }) {
  const listRef = useRef<HTMLDivElement>(null);
  const { columns, top } = useGridLayout(listRef, MIN_CARD_WIDTH, GAP);
  const initialOffset = useRememberedScroll();
  const rowCount = Math.ceil(purposes.length / columns);
  const virtualizer = useWindowVirtualizer({
    count: rowCount,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 4,
    initialOffset,
    scrollMargin: top,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.start ?? 0;
  const offset = first - top;

  return (
    // Rows are layout only (role none), so assistive tech sees one list of purposes.
    <Box
      ref={listRef}
      role="list"
      aria-label="Purposes"
      sx={{ position: 'relative', height: virtualizer.getTotalSize() }}
    >
      <Box
        role="none"
        sx={{ position: 'absolute', inset: 0, transform: `translateY(${offset}px)` }}
      >
        {rows.map((row) => (
          <Box
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            sx={rowSx(columns)}
            role="none"
          >
            {purposes.slice(row.index * columns, row.index * columns + columns).map((purpose) => (
              <Box role="listitem" key={purpose.id} sx={{ minWidth: 0 }}>
                <PurposeCard purpose={purpose} />
              </Box>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}

/** Placeholders of the cards' own shape, so nothing jumps when the list arrives. */
export function PurposeGridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <Box
      component="ul"
      aria-busy
      aria-label="Loading purposes"
      sx={{
        ...listSx,
        ...rowSx(1),
        gridTemplateColumns: `repeat(auto-fill, minmax(min(100%, ${MIN_CARD_WIDTH}px), 1fr))`,
      }}
    >
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
    </Box>
  );
}
