import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

/** Long lists stay readable; the filter shows them all. */
const LISTED = 50;

interface CheckDetailsProps {
  id: string;
  title: string;
  description: string;
  count: number;
  /** The concerned items, as links or lines; only the first few are listed. */
  items: { key: string | number; label: string; to?: string }[];
  action?: ReactNode;
}

/** A check that found nothing: a plain line, with nothing to open (a disabled button would be). */
function CleanCheck({ title }: { title: string }) {
  return (
    <Paper variant="outlined" sx={{ display: 'flex', alignItems: 'center', px: 2, minHeight: 48 }}>
      <CheckCircleIcon color="success" fontSize="small" sx={{ mr: 1 }} aria-hidden />
      <Typography sx={{ flex: 1 }}>{title}</Typography>
      <Chip size="small" label="none" variant="outlined" sx={{ ml: 1, mr: 5 }} />
    </Paper>
  );
}

/** One check: its verdict and count, expandable to what it found. */
export function CheckDetails({ id, title, description, count, items, action }: CheckDetailsProps) {
  if (count === 0) return <CleanCheck title={title} />;
  return (
    <Accordion disableGutters variant="outlined">
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        id={`check-${id}-summary`}
        aria-controls={`check-${id}-details`}
      >
        <WarningAmberIcon color="warning" fontSize="small" sx={{ mr: 1 }} aria-hidden />
        <Typography sx={{ flex: 1 }}>{title}</Typography>
        {/* The count in the text colour: warning-coloured text is below 4.5:1 on white. */}
        <Chip
          size="small"
          label={count}
          variant="outlined"
          sx={{ ml: 1, mr: 1, borderColor: 'warning.main' }}
        />
      </AccordionSummary>
      <AccordionDetails>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {description}
        </Typography>
        <Typography component="ul" variant="body2" sx={{ m: 0, pl: 3, mb: action ? 1 : 0 }}>
          {items.slice(0, LISTED).map((item) => (
            <li key={item.key}>
              {item.to ? (
                <Link component={RouterLink} to={item.to}>
                  {item.label}
                </Link>
              ) : (
                item.label
              )}
            </li>
          ))}
          {items.length > LISTED && <li>and {items.length - LISTED} more</li>}
        </Typography>
        {action}
      </AccordionDetails>
    </Accordion>
  );
}

export function ShowOnlyButton({ active, onClick }: { active: boolean; onClick: () => void }) {
  return (
    <Button
      size="small"
      variant={active ? 'contained' : 'outlined'}
      onClick={onClick}
      aria-pressed={active}
    >
      {active ? 'Show all purposes' : 'Show only these'}
    </Button>
  );
}
