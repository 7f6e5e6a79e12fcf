import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { describeSkippedEntry, type SkippedEntry } from './api';

/** Entries the API sent that are not purposes: counted and explained, never silently dropped. */
export function SkippedEntriesNotice({ skipped }: { skipped: SkippedEntry[] }) {
  if (skipped.length === 0) return null;
  const count = skipped.length === 1 ? '1 entry' : `${skipped.length} entries`;
  return (
    <Accordion variant="outlined" disableGutters sx={{ mb: 2, borderColor: 'warning.main' }}>
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        id="skipped-entries-summary"
        aria-controls="skipped-entries-details"
      >
        <WarningAmberIcon color="warning" sx={{ mr: 1 }} aria-hidden />
        <Typography>{count} could not be read and are not shown</Typography>
      </AccordionSummary>
      <AccordionDetails>
        <Typography component="ul" variant="body2" sx={{ m: 0, pl: 3 }}>
          {skipped.map((entry) => (
            <li key={entry.index}>{describeSkippedEntry(entry)}</li>
          ))}
        </Typography>
      </AccordionDetails>
    </Accordion>
  );
}
