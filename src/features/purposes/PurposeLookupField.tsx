import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { checkPurposeId } from './purposeId';
import { detailStateFrom } from './detailLinkState';

/** App bar field: type an ID, press Enter, open that purpose. Bad input never makes a request. */
export function PurposeLookupField({
  autoFocus = false,
  onOpened,
}: {
  autoFocus?: boolean;
  /** Told after a purpose is opened (the phone layout closes the field then). */
  onOpened?: () => void;
} = {}) {
  const navigate = useNavigate();
  const location = useLocation();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkPurposeId(value);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    setError(null);
    setValue('');
    const onGrid = location.pathname === '/purposes';
    const state = onGrid ? detailStateFrom(location) : {};
    void navigate(`/purposes/${check.id}`, { state });
    onOpened?.();
  }

  return (
    <form onSubmit={submit} role="search" aria-label="Open a purpose by ID">
      <TextField
        label="Purpose ID"
        size="small"
        autoFocus={autoFocus}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          if (error) setError(null);
        }}
        error={Boolean(error)}
        helperText={error ?? undefined}
        slotProps={{
          htmlInput: { inputMode: 'numeric', autoComplete: 'off', enterKeyHint: 'go' },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
          formHelperText: {
            sx: {
              position: 'absolute',
              top: '100%',
              mt: 0.5,
              whiteSpace: 'nowrap',
              bgcolor: 'background.paper',
              px: 1,
              borderRadius: 1,
              boxShadow: 2,
            },
          },
        }}
        sx={{ width: { xs: '100%', sm: 180 } }}
      />
    </form>
  );
}
