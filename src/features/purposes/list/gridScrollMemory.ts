/**
 * Where the page was scrolled on each visit of the grid (by history entry). A virtualised list
 * sets the window's scroll when it mounts, before React Router's ScrollRestoration puts it back,
 * so the grid must start from the remembered offset itself for Back to land where the user was.
 */
const offsets = new Map<string, number>();

export function rememberGridScroll(historyKey: string, offset: number) {
  offsets.set(historyKey, offset);
}

export function recallGridScroll(historyKey: string): number | undefined {
  return offsets.get(historyKey);
}
