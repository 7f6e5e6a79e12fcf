import { useLayoutEffect, useState, type RefObject } from 'react';

export interface GridLayout {
  /** How many columns of at least `minWidth` fit, as CSS grid's `auto-fill` would place them. */
  columns: number;
  /** The element's distance from the top of the document, for a window virtualizer. */
  top: number;
}

/**
 * Keeps the layout in step with the element: its width (window resized) and its position
 * (content above it, such as the checks panel, opening or closing).
 */
export function useGridLayout(
  ref: RefObject<HTMLElement | null>,
  minWidth: number,
  gap: number,
): GridLayout {
  const [layout, setLayout] = useState<GridLayout>({ columns: 1, top: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const width = element.clientWidth;
      const columns = width > 0 ? Math.max(1, Math.floor((width + gap) / (minWidth + gap))) : 1;
      const top = Math.round(element.getBoundingClientRect().top + window.scrollY);
      setLayout((current) =>
        current.columns === columns && current.top === top ? current : { columns, top },
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return; // jsdom: one column is fine
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref, minWidth, gap]);
  return layout;
}
