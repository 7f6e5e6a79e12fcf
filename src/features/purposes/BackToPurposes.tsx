import Button from '@mui/material/Button';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import type { DetailState } from './detailLinkState';

/**
 * Back to the grid. Coming from the grid, it goes back in history, so the grid's search and
 * scroll position come back as they were; from a deep link it opens the grid.
 */
export function BackToPurposes() {
  const navigate = useNavigate();
  const location = useLocation();
  const cameFromGrid = Boolean((location.state as DetailState | null)?.backTo);
  return (
    <Button
      component={RouterLink}
      to="/purposes"
      startIcon={<ArrowBackIcon />}
      onClick={(event) => {
        if (!cameFromGrid) return;
        event.preventDefault();
        void navigate(-1);
      }}
    >
      Back to purposes
    </Button>
  );
}
