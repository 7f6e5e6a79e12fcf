import GlobalStyles from '@mui/material/GlobalStyles';

/**
 * One visible keyboard focus for every control, in both themes. MUI marks keyboard focus with
 * `Mui-focusVisible` but often shows it only as a faint tint (cards, chips, text buttons);
 * a 2px outline in the primary colour keeps 3:1 against the page in light and dark. Text fields
 * keep their own thick focused border. A heading focused after a route change is not a control:
 * it gets no ring.
 */
export function FocusOutline() {
  return (
    <GlobalStyles
      styles={(theme) => {
        const ring = {
          outline: `2px solid ${(theme.vars ?? theme).palette.primary.main}`,
          outlineOffset: 2,
        };
        return {
          // `:root` outranks the components' own `outline: 0`, whatever order styles load in.
          ':root :is(.Mui-focusVisible, a:focus-visible, [tabindex="0"]:not(.MuiInputBase-input):focus-visible)':
            ring,
          // Inside a clipping or full-width parent, the ring goes inside the control.
          ':root :is(.MuiCardActionArea-root, .MuiMenuItem-root, .MuiAccordionSummary-root).Mui-focusVisible':
            { outlineOffset: -2 },
          ':root h1[tabindex="-1"]:focus': { outline: 'none' },
        };
      }}
    />
  );
}
