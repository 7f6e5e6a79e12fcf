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
          // `:root:root` outranks the components' own `outline: 0` (one class) whatever order the
          // styles load in; `:where` adds nothing, so the rule below can still move the ring.
          ':root:root :where(.Mui-focusVisible, a:focus-visible, [tabindex="0"]:focus-visible:not(.MuiInputBase-input))':
            ring,
          // Inside a clipping or full-width parent, the ring goes inside the control.
          ':root:root :where(.MuiCardActionArea-root, .MuiMenuItem-root, .MuiAccordionSummary-root, .MuiSwitch-switchBase).Mui-focusVisible':
            { outlineOffset: -2 },
          ':root h1[tabindex="-1"]:focus': { outline: 'none' },
        };
      }}
    />
  );
}
