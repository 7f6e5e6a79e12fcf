import type { Location } from 'react-router';

/** Router state a link to a purpose carries, so Back can return to the exact grid view. */
export interface DetailState {
  backTo?: string;
}

/** The state for a link followed from `location` (the grid, with its search and filters). */
export function detailStateFrom(location: Pick<Location, 'pathname' | 'search'>): DetailState {
  return { backTo: `${location.pathname}${location.search}` };
}
