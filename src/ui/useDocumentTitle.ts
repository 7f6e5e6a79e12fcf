import { useEffect } from 'react';

export const APP_NAME = 'Purposes Console';

/** "Marketing · Purposes Console": the page first, so a tab strip or a screen reader says it. */
export function documentTitle(page?: string): string {
  return page ? `${page} · ${APP_NAME}` : APP_NAME;
}

/**
 * Names the browser tab after the screen. Every screen calls it, so none needs to restore the
 * previous title when it goes.
 */
export function useDocumentTitle(page: string | undefined): void {
  useEffect(() => {
    document.title = documentTitle(page);
  }, [page]);
}
