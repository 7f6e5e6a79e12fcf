import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';

interface TokenFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/**
 * The API key, masked unless the user asks to see it. `autocomplete="off"` and the password
 * managers' opt-out attributes ask not to offer saving it; some browsers may still offer, and
 * the README says not to accept.
 */
export function TokenField({ value, onChange, error }: TokenFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      label="API token"
      type={visible ? 'text' : 'password'}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      required
      fullWidth
      error={Boolean(error)}
      helperText={error ?? 'Your API secret key or access token. It is sent only to this endpoint.'}
      slotProps={{
        htmlInput: {
          autoComplete: 'off',
          spellCheck: false,
          autoCapitalize: 'off',
          'data-1p-ignore': true,
          'data-lpignore': 'true',
          'data-bwignore': true,
        },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                aria-label={visible ? 'Hide token' : 'Show token'}
                onClick={() => setVisible((shown) => !shown)}
                edge="end"
              >
                {visible ? <VisibilityOff /> : <Visibility />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
