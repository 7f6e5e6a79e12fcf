import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { readRecentEndpoints } from './recentEndpoints';

interface EndpointFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

const help =
  'The API hub for your tenant, such as https://<api hub>/. Its domain depends on the domain you use to log in to Webex Campaign (see the vendor’s “Know your API endpoints”). Use /api for the same-origin proxy.';

/** Free text with the endpoints used before as suggestions (never tokens). */
export function EndpointField({ value, onChange, error }: EndpointFieldProps) {
  const [recent] = useState(readRecentEndpoints);
  return (
    <Autocomplete
      freeSolo
      options={recent}
      inputValue={value}
      onInputChange={(_event, next) => onChange(next)}
      renderInput={(params) => (
        <TextField
          {...params}
          label="API endpoint"
          required
          error={Boolean(error)}
          helperText={error ?? help}
          slotProps={{
            ...params.slotProps,
            htmlInput: {
              ...params.slotProps.htmlInput,
              inputMode: 'url',
              spellCheck: false,
              autoCapitalize: 'off',
            },
          }}
        />
      )}
    />
  );
}
