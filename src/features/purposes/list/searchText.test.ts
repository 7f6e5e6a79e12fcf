import fc from 'fast-check';
import type { Purpose } from '../api';
import { makePurpose } from '../../../test/makePurpose';
import {
  createPurposeMatcher,
  filterPurposes,
  normaliseForSearch,
  prepareSearch,
  purposeMatches,
  searchHaystack,
  searchWords,
} from './searchText';

describe('normaliseForSearch', () => {
  it('strips accents, lower-cases, collapses and trims whitespace', () => {
    expect(normaliseForSearch('  Crème\u00a0 BRÛLÉE\t\n ')).toBe('creme brulee');
  });

  it('strips combining marks sent already decomposed', () => {
    expect(normaliseForSearch('Cafe\u0301')).toBe('cafe');
  });

  it('lower-cases the same whatever the locale (no Turkish dotless i)', () => {
    expect(normaliseForSearch('INFO İstanbul')).toBe('info istanbul');
  });

  it('takes its ASCII shortcut only where full folding gives the same answer', () => {
    const reference = (text: string) =>
      text
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/\s+/gu, ' ')
        .trim();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(normaliseForSearch(text)).toBe(reference(text));
      }),
    );
  });

  it('keeps emoji and non-Latin scripts', () => {
    expect(normaliseForSearch('Ünïcödé 🎉 Ωμέγα')).toBe('unicode 🎉 ωμεγα');
  });
});

describe('searchWords', () => {
  it('splits the folded query into words, none for blank input', () => {
    expect(searchWords('  Fraud   ALERTS ')).toEqual(['fraud', 'alerts']);
    expect(searchWords(' \t ')).toEqual([]);
  });
});

describe('purposeMatches', () => {
  const purpose = makePurpose({
    id: 582,
    name: 'Marketing Émails',
    description: 'Marketing P and L',
    group: 'Finance',
  });

  it('matches everything for an empty or blank query', () => {
    expect(purposeMatches(purpose, '')).toBe(true);
    expect(purposeMatches(purpose, '   ')).toBe(true);
  });

  it('matches name, description, id and group, ignoring case and accents', () => {
    expect(purposeMatches(purpose, 'emails')).toBe(true);
    expect(purposeMatches(purpose, 'p and l')).toBe(true);
    expect(purposeMatches(purpose, '582')).toBe(true);
    expect(purposeMatches(purpose, 'FINANCE')).toBe(true);
  });

  it('needs every word, in any field and any order', () => {
    expect(purposeMatches(purpose, 'finance market')).toBe(true);
    expect(purposeMatches(purpose, 'finance sales')).toBe(false);
  });

  it('folds ahead of time when asked, with the same result', () => {
    const fresh = makePurpose({ id: 9, name: 'Ünïcode' });
    prepareSearch([fresh]);
    expect(searchHaystack(fresh)).toBe('unicode\u0000\u00009\u0000');
    expect(purposeMatches(fresh, 'UNICODE 9')).toBe(true);
  });

  it('never matches a word across two fields', () => {
    // name ends "emails", description starts "marketing": "emailsmarketing" is in neither.
    expect(purposeMatches(purpose, 'emailsmarketing')).toBe(false);
    expect(searchHaystack(purpose)).toBe(
      'marketing emails\u0000marketing p and l\u0000582\u0000finance',
    );
    expect(purposeMatches(purpose, 'emails\u0000marketing')).toBe(true); // two words, not one
  });

  it('copes with purposes lacking optional fields', () => {
    const bare = makePurpose({ id: 7, name: 'Bare' });
    expect(purposeMatches(bare, 'bare 7')).toBe(true);
    expect(purposeMatches(bare, 'undefined')).toBe(false);
  });
});

describe('filterPurposes', () => {
  it('keeps the given order and returns the same list for an empty query', () => {
    const list = [
      makePurpose({ id: 2, name: 'Sales' }),
      makePurpose({ id: 1, name: 'Presales' }),
      makePurpose({ id: 3, name: 'Support' }),
    ];
    expect(filterPurposes(list, 'sales').map((p) => p.id)).toEqual([2, 1]);
    expect(filterPurposes(list, '')).toBe(list);
  });

  it('filters 20,000 purposes fast, cold and warm', () => {
    const words = ['Billing', 'Crème', 'Alerts', 'Support', 'Renewals', 'Fraud', 'Newsletter'];
    const generate = (): Purpose[] =>
      Array.from({ length: 20_000 }, (_, index) =>
        makePurpose({
          id: index + 1,
          name: `${words[index % words.length]} ${index}`,
          description: `Description for ${words[(index * 3) % words.length]} number ${index}`,
          group: index % 5 === 0 ? 'Operations' : undefined,
        }),
      );
    // Best of three: wall time on a busy CI box measures the neighbours as much as the code.
    // Fresh purposes each round, so every "cold" round really folds all 20,000 haystacks.
    let coldMs = Infinity;
    let warmMs = Infinity;
    for (let round = 0; round < 3; round += 1) {
      const purposes = generate();
      let start = performance.now();
      const cold = filterPurposes(purposes, 'creme NUMBER');
      coldMs = Math.min(coldMs, performance.now() - start);
      start = performance.now();
      const warm = purposes.filter(createPurposeMatcher('operations support'));
      warmMs = Math.min(warmMs, performance.now() - start);

      // "number" is in every description, so only "Crème" (in a name or description) selects.
      expect(cold).toEqual(purposes.filter((p) => `${p.name} ${p.description}`.includes('Crème')));
      expect(warm).toEqual(
        purposes.filter(
          (p) => p.group === 'Operations' && `${p.name} ${p.description}`.includes('Support'),
        ),
      );
      expect(cold.length).toBeGreaterThan(1000);
    }
    // The budget is 50 ms; the assertions leave CI machines four times that.
    expect(coldMs).toBeLessThan(200);
    expect(warmMs).toBeLessThan(200);
  });
});
