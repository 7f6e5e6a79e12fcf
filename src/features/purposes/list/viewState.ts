import { isCheckId, type CheckId } from '../checks/tenantChecks';

export type SortKey = 'name' | 'created' | 'id';
export type SortDirection = 'asc' | 'desc';
export type ViewMode = 'grid' | 'table';

/** The grid's view. It lives in the URL so a filtered list can be bookmarked and shared. */
export interface PurposeView {
  q: string;
  sort: SortKey;
  dir: SortDirection;
  groups: string[];
  problemsOnly: boolean;
  check: CheckId | null;
  view: ViewMode;
}

export const defaultView: PurposeView = {
  q: '',
  sort: 'name',
  dir: 'asc',
  groups: [],
  problemsOnly: false,
  check: null,
  view: 'grid',
};

const sortKeys: readonly SortKey[] = ['name', 'created', 'id'];
const directions: readonly SortDirection[] = ['asc', 'desc'];
const viewModes: readonly ViewMode[] = ['grid', 'table'];

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/** Distinct, non-blank, in the order given: a chip toggled twice must not appear twice. */
function cleanGroups(groups: readonly string[]): string[] {
  return [...new Set(groups.filter((group) => group.trim() !== ''))];
}

/**
 * Reads the view from the query string. Links are hand-edited and outlive releases, so anything
 * unknown or malformed falls back to its default instead of failing the page.
 */
export function parseView(params: URLSearchParams): PurposeView {
  const check = params.get('check');
  return {
    // Kept as typed (not trimmed) so the search field does not fight the user's spaces.
    q: params.get('q') ?? defaultView.q,
    sort: oneOf(sortKeys, params.get('sort'), defaultView.sort),
    dir: oneOf(directions, params.get('dir'), defaultView.dir),
    groups: cleanGroups(params.getAll('group')),
    problemsOnly: params.get('problems') === '1',
    check: isCheckId(check) ? check : defaultView.check,
    view: oneOf(viewModes, params.get('view'), defaultView.view),
  };
}

/**
 * Writes only what differs from the default, in a fixed order, so the same view always makes
 * the same URL (no needless history entries, stable links).
 */
export function serialiseView(view: PurposeView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q !== defaultView.q) params.set('q', view.q);
  if (view.sort !== defaultView.sort) params.set('sort', view.sort);
  if (view.dir !== defaultView.dir) params.set('dir', view.dir);
  for (const group of cleanGroups(view.groups)) params.append('group', group);
  if (view.problemsOnly) params.set('problems', '1');
  if (view.check !== null) params.set('check', view.check);
  if (view.view !== defaultView.view) params.set('view', view.view);
  return params;
}

/** Whether any filter narrows the list (the sort and the layout do not). */
export function isFiltered(view: PurposeView): boolean {
  return view.q.trim() !== '' || view.groups.length > 0 || view.problemsOnly || view.check !== null;
}
