import type { Purpose } from '../api';

// Plain ASCII (most names) has no accents to strip, and NFD is the costly step.
const nonAscii = /[\u0080-\u{10ffff}]/u;

/**
 * Folds text so "Crème  BRÛLÉE" finds "creme brulee": accents stripped (NFD then drop combining
 * marks), lower-cased with the locale-independent `toLowerCase` (a Turkish browser must not turn
 * "I" into a dotless "ı"), runs of whitespace collapsed.
 */
export function normaliseForSearch(text: string): string {
  const stripped = nonAscii.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text;
  return stripped.toLowerCase().replace(/\s+/gu, ' ').trim();
}

// Joins the fields of a haystack. It is not whitespace (so folding keeps it) and is removed
// from queries, so a query word can never match across the boundary of two fields.
const fieldSeparator = '\u0000';

/** The query as the words every match must contain; empty means "match everything". */
export function searchWords(query: string): string[] {
  const normalised = normaliseForSearch(query.replaceAll(fieldSeparator, ' '));
  return normalised ? normalised.split(' ') : [];
}

// Purposes are immutable once parsed, so each one's haystack is folded once per session and
// freed with the purpose. This is what keeps a keystroke over 20,000 purposes cheap.
const haystacks = new WeakMap<Purpose, string>();

/** Every searchable field, folded in one pass (a third faster than folding each field alone). */
export function searchHaystack(purpose: Purpose): string {
  let haystack = haystacks.get(purpose);
  if (haystack === undefined) {
    haystack = normaliseForSearch(
      [purpose.name, purpose.description ?? '', String(purpose.id), purpose.group ?? ''].join(
        fieldSeparator,
      ),
    );
    haystacks.set(purpose, haystack);
  }
  return haystack;
}

/**
 * Folds every haystack ahead of the first keystroke (e.g. when the list loads), so that the
 * first search is as quick as the rest: folding is most of the cost of a cold filter.
 */
export function prepareSearch(purposes: readonly Purpose[]): void {
  for (const purpose of purposes) searchHaystack(purpose);
}

function matcherFor(words: readonly string[]): (purpose: Purpose) => boolean {
  return (purpose) => {
    const haystack = searchHaystack(purpose);
    return words.every((word) => haystack.includes(word));
  };
}

/** A predicate with the query folded once, for filtering a whole list. */
export function createPurposeMatcher(query: string): (purpose: Purpose) => boolean {
  const words = searchWords(query);
  return words.length === 0 ? () => true : matcherFor(words);
}

export function purposeMatches(purpose: Purpose, query: string): boolean {
  return createPurposeMatcher(query)(purpose);
}

/** The purposes matching `query`, in their given order; the same array back when it is empty. */
export function filterPurposes(purposes: readonly Purpose[], query: string): readonly Purpose[] {
  const words = searchWords(query);
  return words.length === 0 ? purposes : purposes.filter(matcherFor(words));
}
