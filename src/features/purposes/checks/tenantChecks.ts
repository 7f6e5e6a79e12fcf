import { isLoopbackHost } from '../../../api/endpoint';
import type { Purpose } from '../api';
import { safeImageUrl } from '../logo';

export type CheckId =
  'no-logo' | 'logo-broken' | 'logo-insecure' | 'duplicate-name' | 'no-description' | 'bad-date';

export type LogoStatus = 'ok' | 'failed' | 'pending';

export interface CheckResult {
  id: CheckId;
  title: string;
  description: string;
  purposeIds: number[];
}

/** The fixed order the checks are always listed in (and shown in). */
export const checkIds: readonly CheckId[] = [
  'no-logo',
  'logo-broken',
  'logo-insecure',
  'duplicate-name',
  'no-description',
  'bad-date',
];

export function isCheckId(value: unknown): value is CheckId {
  return typeof value === 'string' && (checkIds as readonly string[]).includes(value);
}

export const checkTitles: Record<CheckId, string> = {
  'no-logo': 'No logo',
  'logo-broken': 'Logo not loading',
  'logo-insecure': 'Logo over plain http',
  'duplicate-name': 'Duplicate names',
  'no-description': 'Missing description',
  'bad-date': 'Created date missing or unreadable',
};

export const checkDescriptions: Record<CheckId, string> = {
  'no-logo': 'No logo address, or one that is not an http(s) URL, so the initials are shown.',
  'logo-broken': 'The logo address could not be loaded as an image (missing, blocked or slow).',
  'logo-insecure': 'The logo is served over plain http, which browsers may block or flag.',
  'duplicate-name':
    'Two or more purposes share a name once case and spacing are ignored, so readers cannot tell them apart.',
  'no-description': 'The purpose has no description, or only blank text.',
  'bad-date': 'The API sent no created date, or one that could not be read.',
};

/**
 * Names that a reader takes for the same: trimmed, inner whitespace collapsed, case folded.
 * Accents are kept on purpose: "Résumé" and "Resume" are different words to a reader.
 */
export function duplicateNameKey(name: string): string {
  return name.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en');
}

interface PurposeFacts {
  logoUrl: string | null;
  nameKey: string;
}

// The checks re-run whenever a logo settles, over every purpose; parsing 20,000 URLs each time
// would be the slow part, so what depends only on the (immutable) purpose is worked out once.
const factsCache = new WeakMap<Purpose, PurposeFacts>();

function factsOf(purpose: Purpose): PurposeFacts {
  let facts = factsCache.get(purpose);
  if (!facts) {
    facts = { logoUrl: safeImageUrl(purpose.imageUrl), nameKey: duplicateNameKey(purpose.name) };
    factsCache.set(purpose, facts);
  }
  return facts;
}

/**
 * The logo URL the app loads for a purpose, or null. Logo statuses are keyed by this value
 * (the normalised `href` from `safeImageUrl`), both in the probe and when the visible `<img>` reports.
 */
export function logoUrlOf(purpose: Purpose): string | null {
  return factsOf(purpose).logoUrl;
}

/** Every distinct logo URL worth probing, in first-seen order. */
export function probeableLogoUrls(purposes: readonly Purpose[]): string[] {
  const urls = new Set<string>();
  for (const purpose of purposes) {
    const url = logoUrlOf(purpose);
    if (url) urls.add(url);
  }
  return [...urls];
}

/**
 * Plain http, except on loopback: browsers treat http://localhost and http://127.0.0.1 as
 * secure contexts and never block them as mixed content (the demo and mock API live there).
 */
function isInsecure(url: string): boolean {
  if (!url.startsWith('http:')) return false;
  const host = new URL(url).hostname;
  return !isLoopbackHost(host);
}

/** Ids of purposes sharing a name key with another, each group together, groups in first-seen order. */
function duplicateNameIds(purposes: readonly Purpose[]): number[] {
  const groups = new Map<string, number[]>();
  for (const purpose of purposes) {
    const key = factsOf(purpose).nameKey;
    const group = groups.get(key);
    if (group) group.push(purpose.id);
    else groups.set(key, [purpose.id]);
  }
  return [...groups.values()].filter((ids) => ids.length > 1).flat();
}

/**
 * Runs every check over the tenant's purposes. All six come back, in `checkIds` order, with an
 * empty `purposeIds` when clean, so the UI can show a stable list of passes and failures.
 * `logoStatus` is usually `getLogoStatus` from the logo probe.
 */
export function runTenantChecks(
  purposes: readonly Purpose[],
  logoStatus: (url: string) => LogoStatus | undefined,
): CheckResult[] {
  // Sets: the API's data is untrusted and may repeat an id; each purpose is listed once.
  const found: Record<CheckId, Set<number>> = {
    'no-logo': new Set(),
    'logo-broken': new Set(),
    'logo-insecure': new Set(),
    'duplicate-name': new Set(duplicateNameIds(purposes)),
    'no-description': new Set(),
    'bad-date': new Set(),
  };
  for (const purpose of purposes) {
    const url = logoUrlOf(purpose);
    if (url === null) found['no-logo'].add(purpose.id);
    else {
      if (logoStatus(url) === 'failed') found['logo-broken'].add(purpose.id);
      if (isInsecure(url)) found['logo-insecure'].add(purpose.id);
    }
    if (!purpose.description?.trim()) found['no-description'].add(purpose.id);
    if (purpose.createdAt === null) found['bad-date'].add(purpose.id);
  }
  return checkIds.map((id) => ({
    id,
    title: checkTitles[id],
    description: checkDescriptions[id],
    purposeIds: [...found[id]],
  }));
}

/** Every purpose that failed at least one check, for the "problems only" filter. */
export function purposesWithProblems(results: readonly CheckResult[]): Set<number> {
  return new Set(results.flatMap((result) => result.purposeIds));
}
