import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import GridViewIcon from '@mui/icons-material/GridView';
import TableRowsIcon from '@mui/icons-material/TableRows';
import { SearchField } from './SearchField';
import type { UpdateView } from './usePurposeView';
import type { PurposeView, SortKey, ViewMode } from './viewState';

const sortLabels: Record<SortKey, string> = { name: 'Name', created: 'Created date', id: 'ID' };

interface PurposesToolbarProps {
  view: PurposeView;
  onChange: UpdateView;
}

/** Search, sort, the problems switch and the layout; every change lands in the URL. */
export function PurposesToolbar({ view, onChange }: PurposesToolbarProps) {
  const descending = view.dir === 'desc';
  return (
    <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
      <SearchField value={view.q} onSearch={(q, options) => onChange({ q }, options)} />
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <TextField
          select
          label="Sort by"
          size="small"
          value={view.sort}
          onChange={(event) => onChange({ sort: event.target.value as SortKey })}
          sx={{ minWidth: 150 }}
        >
          {(Object.keys(sortLabels) as SortKey[]).map((key) => (
            <MenuItem key={key} value={key}>
              {sortLabels[key]}
            </MenuItem>
          ))}
        </TextField>
        <Tooltip title={descending ? 'Descending' : 'Ascending'}>
          <IconButton
            aria-label={descending ? 'Sort ascending' : 'Sort descending'}
            onClick={() => onChange({ dir: descending ? 'asc' : 'desc' })}
          >
            {descending ? <ArrowDownwardIcon /> : <ArrowUpwardIcon />}
          </IconButton>
        </Tooltip>
      </Stack>
      <FormControlLabel
        control={
          <Switch
            checked={view.problemsOnly}
            onChange={(event) => onChange({ problemsOnly: event.target.checked })}
          />
        }
        label="Problems only"
      />
      <ToggleButtonGroup
        exclusive
        size="small"
        value={view.view}
        onChange={(_event, next: ViewMode | null) => next && onChange({ view: next })}
        aria-label="Layout"
      >
        <ToggleButton value="grid" aria-label="Grid">
          <GridViewIcon fontSize="small" />
        </ToggleButton>
        <ToggleButton value="table" aria-label="Table">
          <TableRowsIcon fontSize="small" />
        </ToggleButton>
      </ToggleButtonGroup>
    </Stack>
  );
}
