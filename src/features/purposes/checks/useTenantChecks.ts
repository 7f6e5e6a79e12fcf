import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Purpose } from '../api';
import { getLogoStatus, getLogoStatusVersion, probeLogos, subscribeLogoStatus } from './logoProbe';
import { probeableLogoUrls, runTenantChecks, type CheckResult } from './tenantChecks';

export interface TenantChecks {
  results: CheckResult[];
  /** Logos still being loaded in the background; "Logo not loading" is final when 0. */
  logosPending: number;
  logosTotal: number;
}

/**
 * Runs the tenant checks over the whole list and keeps them current while every logo is loaded
 * in the background (not only the visible ones), so "Logo not loading" covers the tenant.
 */
export function useTenantChecks(purposes: readonly Purpose[]): TenantChecks {
  const urls = useMemo(() => probeableLogoUrls(purposes), [purposes]);
  useEffect(() => probeLogos(urls), [urls]);
  const version = useSyncExternalStore(subscribeLogoStatus, getLogoStatusVersion);
  return useMemo(
    () => ({
      results: runTenantChecks(purposes, getLogoStatus),
      logosPending: urls.filter((url) => (getLogoStatus(url) ?? 'pending') === 'pending').length,
      logosTotal: urls.length,
    }),
    // `version` is the store's snapshot: a new one means statuses changed and checks re-run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [purposes, urls, version],
  );
}
