/**
 * Where the page was scrolled on each visit of the grid (by history entry). A virtualised list
 * sets the window's scroll when it mounts, before React Router's ScrollRestoration puts it back,
 * so the grid must start from the remembered offset itself for Back to land where the user was.
 */
const offsets = new Map<string, number>();
/** Back rarely goes further than this; older entries are forgotten (a Map keeps insertion order). */
const REMEMBERED = 50;

export function rememberGridScroll(historyKey: string, offset: number) {
  offsets.delete(historyKey);
  offsets.set(historyKey, offset);
  if (offsets.size > REMEMBERED) offsets.delete(offsets.keys().next().value as string);
}

export function recallGridScroll(historyKey: string): number | undefined {
  return offsets.get(historyKey);
}
