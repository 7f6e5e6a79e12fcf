import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { PurposeSnapshot } from '../export/jsonExport';
import type { FieldChange, SnapshotDiff } from './diffSnapshot';

/** Enough to review by eye; beyond it a list would only slow the dialog down. */
const MAX_ROWS = 500;

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Where the snapshot came from, as far as the file says (an API answer has no date or host). */
function describeSnapshot({ tenant, exportedAt, endpointHost }: PurposeSnapshot): string {
  const date = exportedAt ? new Date(exportedAt) : null;
  const taken = date && !Number.isNaN(date.getTime()) ? ` taken ${dateFormat.format(date)}` : '';
  return [
    'Compared with the snapshot',
    tenant ? ` of ${tenant}` : '',
    taken,
    endpointHost ? ` (host ${endpointHost})` : '',
  ].join('');
}

function counts(diff: SnapshotDiff): string {
  return [
    `${diff.added.length} added`,
    `${diff.removed.length} removed`,
    `${diff.changed.length} changed`,
    `${diff.unchangedCount} unchanged`,
  ].join(', ');
}

const valueSx = { fontFamily: 'monospace', overflowWrap: 'anywhere' } as const;

function valueText(text: string | null): ReactNode {
  return text === null ? <i>(empty)</i> : text;
}

// Plain render helpers rather than components: the file keeps to one component.
function changeRow(change: FieldChange) {
  return (
    <Box component="li" key={change.field} sx={{ overflowWrap: 'anywhere' }}>
      <code>{change.field}</code>:{' '}
      <Box component="del" sx={{ ...valueSx, color: 'error.main' }}>
        {valueText(change.before)}
      </Box>{' '}
      →{' '}
      <Box component="ins" sx={{ ...valueSx, color: 'success.main', textDecoration: 'none' }}>
        {valueText(change.after)}
      </Box>
    </Box>
  );
}

function section<T>(title: string, hint: string, items: readonly T[], row: (item: T) => ReactNode) {
  if (items.length === 0) return null;
  const hidden = items.length - MAX_ROWS;
  return (
    <Box component="section" sx={{ mt: 2 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {hint}
      </Typography>
      <Box component="ul" sx={{ mt: 1, mb: 0, pl: 3 }}>
        {items.slice(0, MAX_ROWS).map(row)}
      </Box>
      {hidden > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          and {hidden} more
        </Typography>
      )}
    </Box>
  );
}

const label = (purpose: { id: number; name: string }) => `${purpose.id} · ${purpose.name}`;

/** What differs between a snapshot (before) and the current list (after), matched by ID. */
export function SnapshotDiffView({
  diff,
  snapshot,
}: {
  diff: SnapshotDiff;
  snapshot: PurposeSnapshot;
}) {
  const same = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <Box>
      <Typography role="status">
        {describeSnapshot(snapshot)}: {counts(diff)}
      </Typography>
      {same && (
        <Alert severity="success" sx={{ mt: 2 }}>
          No differences: the current list matches the snapshot.
        </Alert>
      )}
      {section('Added', 'In the current list, not in the snapshot.', diff.added, (purpose) => (
        <li key={purpose.id}>{label(purpose)}</li>
      ))}
      {section(
        'Removed',
        'In the snapshot, no longer in the current list.',
        diff.removed,
        (purpose) => (
          <li key={purpose.id}>{label(purpose)}</li>
        ),
      )}
      {section(
        'Changed',
        'The snapshot value struck through, then the current one after the arrow.',
        diff.changed,
        (purpose) => (
          <li key={purpose.id}>
            {label(purpose)}
            <Box component="ul" sx={{ pl: 2, listStyle: 'none' }}>
              {purpose.changes.map(changeRow)}
            </Box>
          </li>
        ),
      )}
    </Box>
  );
}
