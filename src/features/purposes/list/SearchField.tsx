import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';
import { useRef, useState } from 'react';
import { useSlashToFocus } from './useSlashToFocus';

interface SearchFieldProps {
  /** The search in the URL. */
  value: string;
  onSearch: (q: string, options: { replace: boolean }) => void;
}

/**
 * The grid's search box. It keeps what is typed in its own state and the URL follows: router
 * updates are transitions, so a field fed only from the URL was reset before they landed and
 * lost fast keystrokes ("mark" became "k"). `/` anywhere else on the page comes here; Escape
 * empties it.
 */
export function SearchField({ value, onSearch }: SearchFieldProps) {
  const [text, setText] = useState(value);
  // The values this field sent that the URL has not shown yet, oldest first.
  const [sent, setSent] = useState<string[]>([]);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    const at = sent.lastIndexOf(value);
    if (at >= 0) {
      setSent(sent.slice(at + 1)); // one of ours catching up: what is typed stays
    } else {
      setSent([]); // Back, Forward or Clear filters: show the URL's search
      setText(value);
    }
  }
  // One search is one history entry: the first keystroke after focusing the field adds an
  // entry, the following ones edit it, so Back returns to the previous search, not one letter.
  const typing = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  useSlashToFocus(input);

  function search(next: string) {
    setText(next);
    setSent((pending) => [...pending, next]);
    onSearch(next, { replace: typing.current });
    typing.current = true;
  }

  return (
    <TextField
      label="Search purposes"
      type="search"
      size="small"
      value={text}
      inputRef={input}
      onFocus={() => (typing.current = false)}
      onChange={(event) => search(event.target.value)}
      onKeyDown={(event) => {
        // In every browser, not only those whose search fields clear themselves on Escape.
        if (event.key !== 'Escape' || text === '') return;
        event.preventDefault();
        search('');
      }}
      placeholder="Name, description, ID or group"
      sx={{ flex: '1 1 260px', maxWidth: { md: 420 } }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
        htmlInput: { autoComplete: 'off', spellCheck: false, 'aria-keyshortcuts': '/' },
      }}
    />
  );
}
