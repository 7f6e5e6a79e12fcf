import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useState } from 'react';

/** The entry exactly as the API sent it, for support tickets and diffing by eye. */
export function RawJsonView({ value }: { value: unknown }) {
  const text = JSON.stringify(value, null, 2);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <Box>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6" component="h2">
          Raw JSON
        </Typography>
        <Button size="small" startIcon={<ContentCopyIcon />} onClick={() => void copy()}>
          Copy JSON
        </Button>
      </Stack>
      <Typography role="status" variant="body2" color="text.secondary" sx={{ minHeight: '1.5em' }}>
        {copied === 'yes' && 'Copied to the clipboard.'}
        {copied === 'failed' && 'The browser refused the clipboard: select the text and copy it.'}
      </Typography>
      <Box
        component="pre"
        tabIndex={0}
        aria-label="Raw JSON"
        sx={{
          m: 0,
          p: 2,
          borderRadius: 1,
          bgcolor: 'action.hover',
          overflow: 'auto',
          fontSize: 13,
          maxHeight: 420,
        }}
      >
        {text}
      </Box>
    </Box>
  );
}
