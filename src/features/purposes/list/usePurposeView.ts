import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseView, serialiseView, type PurposeView } from './viewState';

export type UpdateView = (patch: Partial<PurposeView>, options?: { replace?: boolean }) => void;

/**
 * The grid's search, sort, filters and view, read from and written to the query string, so a
 * view is a shareable link and Back/Forward walk through views. Each change is a history entry
 * unless the caller says it continues the last one (the keystrokes of one search).
 */
export function usePurposeView(): [PurposeView, UpdateView] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const update = useCallback<UpdateView>(
    (patch, { replace = false } = {}) =>
      setParams((current) => serialiseView({ ...parseView(current), ...patch }), {
        replace,
        preventScrollReset: true,
      }),
    [setParams],
  );
  return [view, update];
}
