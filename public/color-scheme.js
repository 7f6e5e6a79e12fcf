// Picks the light or dark theme before the first paint, so a dark-mode user never sees a white
// flash. It does what MUI's InitColorSchemeScript does, from a file, because the app's
// Content-Security-Policy allows no inline script. Keys and attributes match src/app/theme.ts.
(function () {
  try {
    var mode = localStorage.getItem('mui-mode') || 'system';
    var dark =
      mode === 'dark' ||
      (mode === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.setAttribute(dark ? 'data-dark' : 'data-light', '');
  } catch (error) {
    // Storage disabled: the app applies the theme itself once it starts.
  }
})();
