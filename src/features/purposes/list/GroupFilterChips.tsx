import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

interface GroupFilterChipsProps {
  groups: readonly string[];
  selected: readonly string[];
  onChange: (groups: string[]) => void;
}

/** One chip per group the tenant uses; selecting several shows any of them. */
export function GroupFilterChips({ groups, selected, onChange }: GroupFilterChipsProps) {
  if (groups.length === 0) return null;
  const toggle = (group: string) =>
    onChange(selected.includes(group) ? selected.filter((g) => g !== group) : [...selected, group]);
  return (
    <Stack
      direction="row"
      role="group"
      aria-labelledby="group-filter-label"
      sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}
    >
      <Typography id="group-filter-label" variant="body2" color="text.secondary">
        Groups
      </Typography>
      {groups.map((group) => {
        const active = selected.includes(group);
        return (
          <Chip
            key={group}
            label={group}
            size="small"
            color={active ? 'primary' : 'default'}
            variant={active ? 'filled' : 'outlined'}
            onClick={() => toggle(group)}
            aria-pressed={active}
          />
        );
      })}
    </Stack>
  );
}
