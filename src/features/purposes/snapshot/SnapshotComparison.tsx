import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { Purpose } from '../api';
import { toSnapshotPurpose, type PurposeSnapshot } from '../export/jsonExport';
import { diffSnapshot, type SnapshotDiff } from './diffSnapshot';
import { readSnapshot } from './readSnapshot';
import { SnapshotDiffView } from './SnapshotDiffView';

type Outcome =
  | { kind: 'error'; fileName: string; message: string }
  | {
      kind: 'diff';
      fileName: string;
      snapshot: PurposeSnapshot;
      diff: SnapshotDiff;
      skipped: number;
    };

// Hidden from sight but not from the keyboard or assistive tech: the input keeps its tab stop,
// its label names it, and the label button shows its focus (below).
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

async function compareFile(file: File, current: readonly Purpose[]): Promise<Outcome> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'error', fileName: file.name, message: 'The file could not be read.' };
  }
  const read = readSnapshot(text);
  if (!read.ok) return { kind: 'error', fileName: file.name, message: read.message };
  return {
    kind: 'diff',
    fileName: file.name,
    snapshot: read.snapshot,
    diff: diffSnapshot(read.snapshot.purposes, current.map(toSnapshotPurpose)),
    skipped: read.skipped.length,
  };
}

/**
 * The body of the compare dialog: file picker and result. Its own chunk (with the snapshot
 * reader and the diff), loaded when the dialog first opens. It unmounts when the dialog has
 * closed, so each opening starts afresh.
 */
export function SnapshotComparison({
  current,
  open,
}: {
  current: readonly Purpose[];
  open: boolean;
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Only the last file picked may show its result, however long an earlier one takes to read.
  const latest = useRef(0);
  // Nor may one arrive while the dialog closes.
  useEffect(() => {
    if (!open) latest.current += 1;
  }, [open]);

  async function onPick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Emptied so that picking the same file again (after editing it) still fires a change.
    event.target.value = '';
    if (!file) return;
    const attempt = ++latest.current;
    const result = await compareFile(file, current);
    if (attempt === latest.current) setOutcome(result);
  }

  return (
    <>
      <Button
        component="label"
        // The input inside is the control; the label is only its visible face.
        role={undefined}
        tabIndex={-1}
        variant="contained"
        startIcon={<UploadFileIcon />}
        sx={{
          '&:has(input:focus-visible)': {
            outline: '2px solid',
            outlineColor: 'primary.main',
            outlineOffset: 2,
          },
        }}
      >
        Choose a JSON file
        <Box
          component="input"
          type="file"
          accept="application/json,.json"
          onChange={(event: ChangeEvent<HTMLInputElement>) => void onPick(event)}
          sx={visuallyHidden}
        />
      </Button>
      {outcome && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          File: {outcome.fileName}
        </Typography>
      )}
      <Box sx={{ mt: 2 }}>
        {outcome?.kind === 'error' && <Alert severity="error">{outcome.message}</Alert>}
        {outcome?.kind === 'diff' && (
          <>
            {outcome.skipped > 0 && (
              <Alert severity="warning" sx={{ mb: 2 }}>
                {outcome.skipped === 1
                  ? '1 entry in the file is not a purpose and was left out.'
                  : `${outcome.skipped} entries in the file are not purposes and were left out.`}
              </Alert>
            )}
            <SnapshotDiffView diff={outcome.diff} snapshot={outcome.snapshot} />
          </>
        )}
      </Box>
    </>
  );
}
