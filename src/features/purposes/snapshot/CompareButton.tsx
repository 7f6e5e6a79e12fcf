import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import { Suspense, lazy, useId, useState } from 'react';
import type { Purpose } from '../api';

// The snapshot reader, its schema and the diff are needed only once the dialog opens.
const SnapshotComparison = lazy(() =>
  import('./SnapshotComparison').then((m) => ({ default: m.SnapshotComparison })),
);

/** Opens a dialog that compares the current purposes with a JSON file the user picks. */
export function CompareButton({ current }: { current: readonly Purpose[] }) {
  const [open, setOpen] = useState(false);
  const titleId = useId();

  return (
    <>
      <Button variant="outlined" startIcon={<CompareArrowsIcon />} onClick={() => setOpen(true)}>
        Compare with a snapshot
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby={titleId}
        fullWidth
        maxWidth="md"
        scroll="paper"
      >
        <DialogTitle id={titleId}>Compare with a snapshot</DialogTitle>
        <DialogContent dividers>
          <Typography sx={{ mb: 2 }}>
            Load a JSON export from another day or another tenant, or a saved{' '}
            <code>GET /v1/purposes</code> answer. Purposes are matched by ID.
          </Typography>
          <Suspense
            fallback={
              <Box sx={{ display: 'grid', placeItems: 'center', py: 2 }}>
                <CircularProgress size={32} aria-label="Loading the comparison" />
              </Box>
            }
          >
            <SnapshotComparison current={current} open={open} />
          </Suspense>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
