import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long a screen may take to show its heading (a purpose still loading, say). */
const WAIT_FOR_HEADING_MS = 15_000;

/** Moves focus to the heading; returns false while the screen has none yet. */
function focusHeading(): boolean {
  const heading = document.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  // The screen decides the scroll (top, or the grid's remembered offset), not the focus.
  heading.focus({ preventScroll: true });
  return true;
}

/**
 * After a route change, focus moves to the new screen's `h1`, so a screen reader announces
 * where the user is and Tab starts from the top of the new content, as after a page load.
 * Only the path counts: a search typed on /purposes changes the query string and keeps focus
 * in the field. The first load and the redirects made before the user has done anything (`/`
 * to /purposes to /connect) keep the browser's own start, the top of the document.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  const userActed = useRef(false);

  useEffect(() => {
    const acted = () => (userActed.current = true);
    document.addEventListener('keydown', acted, true);
    document.addEventListener('pointerdown', acted, true);
    return () => {
      document.removeEventListener('keydown', acted, true);
      document.removeEventListener('pointerdown', acted, true);
    };
  }, []);

  useEffect(() => {
    if (pathname === previous.current) return;
    previous.current = pathname;
    if (!userActed.current || focusHeading()) return;
    // The heading comes with the data: wait for it, unless the user moves on first.
    const observer = new MutationObserver(() => {
      if (focusHeading()) stop();
    });
    const timer = window.setTimeout(stop, WAIT_FOR_HEADING_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
      document.removeEventListener('focusin', stop);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('focusin', stop);
    return stop;
  }, [pathname]);

  return null;
}
