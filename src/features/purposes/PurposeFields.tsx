import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { Purpose } from './api';
import { formatLocalDateTime, formatRelative, formatUtcDateTime } from './createdDate';
import { safeImageUrl } from './logo';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary" sx={{ fontWeight: 500 }}>
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </>
  );
}

const missing = (
  <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
    not set
  </Box>
);

/** Any value the API adds, shown as-is (as text: API data is never markup). */
function showUnknown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Every field the API returned, the known ones first, then the ones we do not know. */
export function PurposeFields({ purpose }: { purpose: Purpose }) {
  const logo = safeImageUrl(purpose.imageUrl);
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
        columnGap: 3,
        rowGap: { xs: 0.25, sm: 1.25 },
        m: 0,
        '& dd': { mb: { xs: 1.25, sm: 0 } },
      }}
    >
      <Field label="ID">{purpose.id}</Field>
      <Field label="Name">{purpose.name}</Field>
      <Field label="Tenant">{purpose.tenantName ?? missing}</Field>
      <Field label="Group">{purpose.group ?? missing}</Field>
      <Field label="Created (UTC)">
        {purpose.createdAt
          ? formatUtcDateTime(purpose.createdAt)
          : purpose.createdRaw
            ? `Unreadable: “${purpose.createdRaw}”`
            : missing}
      </Field>
      {purpose.createdAt && (
        <Field label="Created (local)">
          {formatLocalDateTime(purpose.createdAt)} · {formatRelative(purpose.createdAt)}
        </Field>
      )}
      <Field label="Description">{purpose.description ?? missing}</Field>
      <Field label="Logo URL">
        {purpose.imageUrl ?? missing}
        {purpose.imageUrl && !logo && ' (not an http(s) URL, so it is not shown)'}
      </Field>
      {Object.entries(purpose.extra).map(([key, value]) => (
        <Field key={key} label={key}>
          {showUnknown(value)}
        </Field>
      ))}
    </Box>
  );
}
