import { useDeferredValue, useMemo } from 'react';
import type { Purpose } from '../api';
import { purposesWithProblems, type CheckResult } from '../checks/tenantChecks';
import { createPurposeMatcher } from './searchText';
import { sortPurposes } from './sortPurposes';
import type { PurposeView } from './viewState';

/**
 * The purposes the view shows, in order. The search is deferred so typing stays responsive
 * while a large tenant is filtered in the background.
 */
export function useVisiblePurposes(
  purposes: readonly Purpose[],
  view: PurposeView,
  checks: readonly CheckResult[],
): Purpose[] {
  const query = useDeferredValue(view.q);
  const { groups, problemsOnly, check, sort, dir } = view;

  const filtered = useMemo(() => {
    const matches = createPurposeMatcher(query);
    const inGroups = new Set(groups);
    const flagged = check
      ? new Set(checks.find((result) => result.id === check)?.purposeIds)
      : problemsOnly
        ? purposesWithProblems(checks)
        : null;
    return purposes.filter(
      (purpose) =>
        (inGroups.size === 0 || (purpose.group !== undefined && inGroups.has(purpose.group))) &&
        (flagged === null || flagged.has(purpose.id)) &&
        matches(purpose),
    );
  }, [purposes, query, groups, problemsOnly, check, checks]);

  return useMemo(() => sortPurposes(filtered, sort, dir), [filtered, sort, dir]);
}

/** The tenant's groups, for the filter chips: distinct, sorted. */
export function groupsOf(purposes: readonly Purpose[]): string[] {
  const groups = new Set<string>();
  for (const purpose of purposes) if (purpose.group) groups.add(purpose.group);
  return [...groups].sort((a, b) => a.localeCompare(b));
}
