import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Collapse from '@mui/material/Collapse';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useMemo, useState } from 'react';
import { describeSkippedEntry, type Purpose, type SkippedEntry } from '../api';
import { CheckDetails, ShowOnlyButton } from './CheckDetails';
import type { CheckId } from './tenantChecks';
import type { TenantChecks } from './useTenantChecks';

interface TenantChecksPanelProps {
  purposes: readonly Purpose[];
  skipped: readonly SkippedEntry[];
  checks: TenantChecks;
  activeCheck: CheckId | null;
  onToggleCheck: (check: CheckId) => void;
}

/**
 * "Is this tenant set up right?" in one panel: a count per check, each a filter, each
 * expandable to the purposes concerned.
 */
export function TenantChecksPanel(props: TenantChecksPanelProps) {
  const { purposes, skipped, checks, activeCheck, onToggleCheck } = props;
  const [open, setOpen] = useState(false);
  const names = useMemo(() => new Map(purposes.map((p) => [p.id, p.name])), [purposes]);
  const failing = checks.results.filter((result) => result.purposeIds.length > 0);
  const problems = failing.length + (skipped.length > 0 ? 1 : 0);
  const stillLoading = checks.logosPending > 0;

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="tenant-checks-title"
      sx={{ p: 2, mb: 2 }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography id="tenant-checks-title" variant="h6" component="h2" sx={{ mr: 1 }}>
          Tenant checks
        </Typography>
        <Typography color="text.secondary" sx={{ flex: 1, minWidth: 200 }} aria-live="polite">
          {problems === 0
            ? `All checks pass for ${purposes.length} purposes.`
            : `${problems} ${problems === 1 ? 'check found' : 'checks found'} problems.`}
          {stillLoading &&
            ` Loading logos: ${checks.logosTotal - checks.logosPending} of ${checks.logosTotal}…`}
        </Typography>
        <Button
          onClick={() => setOpen((shown) => !shown)}
          aria-expanded={open}
          aria-controls="tenant-checks-details"
        >
          {open ? 'Hide check details' : 'Show check details'}
        </Button>
      </Stack>
      {problems === 0 && !stillLoading && (
        <Alert severity="success" sx={{ mt: 1 }}>
          This tenant looks clean: every purpose has a name of its own, a loading logo, a
          description and a readable created date.
        </Alert>
      )}
      {failing.length > 0 && (
        <Box
          sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1.5 }}
          role="group"
          aria-label="Filter by check"
        >
          {failing.map((result) => {
            const active = activeCheck === result.id;
            // The warning colour marks the icon and border only: as text on white it is too faint
            // (3:1), so the label stays in the text colour; pressed looks like a pressed group chip.
            return (
              <Chip
                key={result.id}
                icon={<WarningAmberIcon />}
                label={`${result.title}: ${result.purposeIds.length}`}
                color={active ? 'primary' : 'default'}
                variant={active ? 'filled' : 'outlined'}
                onClick={() => onToggleCheck(result.id)}
                aria-pressed={active}
                sx={
                  active
                    ? undefined
                    : { borderColor: 'warning.main', '& .MuiChip-icon': { color: 'warning.main' } }
                }
              />
            );
          })}
        </Box>
      )}
      <Collapse in={open} id="tenant-checks-details" unmountOnExit>
        <Stack spacing={1} sx={{ mt: 2 }}>
          {checks.results.map((result) => (
            <CheckDetails
              key={result.id}
              id={result.id}
              title={result.title}
              description={result.description}
              count={result.purposeIds.length}
              items={result.purposeIds.map((id) => ({
                key: id,
                label: `${names.get(id) ?? 'Purpose'} (ID ${id})`,
                to: `/purposes/${id}`,
              }))}
              action={
                <ShowOnlyButton
                  active={activeCheck === result.id}
                  onClick={() => onToggleCheck(result.id)}
                />
              }
            />
          ))}
          <CheckDetails
            id="unreadable"
            title="Entries that could not be read"
            description="The API sent these entries, but they are not purposes this console can read, so they are not shown anywhere else."
            count={skipped.length}
            items={skipped.map((entry) => ({
              key: entry.index,
              label: describeSkippedEntry(entry),
            }))}
          />
        </Stack>
      </Collapse>
    </Paper>
  );
}
