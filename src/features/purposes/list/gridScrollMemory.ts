import { useLayoutEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Where the page was scrolled on each visit of the purpose list (by history entry). A virtualised
 * list sets the window's scroll when it mounts, before React Router's ScrollRestoration puts it
 * back, so the list must start from the remembered offset itself for Back to land where the user
 * was.
 */
const offsets = new Map<string, number>();
/** Back rarely goes further than this; older entries are forgotten (a Map keeps insertion order). */
const REMEMBERED = 50;

function remember(historyKey: string, offset: number) {
  offsets.delete(historyKey);
  offsets.set(historyKey, offset);
  if (offsets.size > REMEMBERED) offsets.delete(offsets.keys().next().value as string);
}

/**
 * For a window virtualizer's `initialOffset`: the offset this history entry had when the user
 * left it (remembered on unmount, before the next screen replaces this one), else the current one.
 */
export function useRememberedScroll(): () => number {
  const historyKey = useLocation().key;
  useLayoutEffect(() => () => remember(historyKey, window.scrollY), [historyKey]);
  return () => offsets.get(historyKey) ?? window.scrollY;
}
