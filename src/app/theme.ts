import { createTheme } from '@mui/material/styles';

/** Light and dark follow the system; the palette keeps contrast at WCAG AA in both. */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'data' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#0b5cad' },
        // MUI's default orange carries white text at only 3.1:1; this one passes AA (5.0:1).
        warning: { main: '#b45309' },
        background: { default: '#f5f7fa' },
      },
    },
    dark: { palette: { primary: { main: '#7ab8ff' }, background: { default: '#0f1318' } } },
  },
  shape: { borderRadius: 10 },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    button: { textTransform: 'none', fontWeight: 600 },
  },
});
