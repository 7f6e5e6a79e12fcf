import type { Purpose } from '../features/purposes/api';

/**
 * A parsed purpose for unit tests: the same shape `parsePurpose` returns, with only the fields
 * a test cares about spelled out. Kept out of the test files so every suite builds them alike.
 */
export function makePurpose(overrides: Partial<Purpose> & Pick<Purpose, 'id'>): Purpose {
  return {
    name: `Purpose ${overrides.id}`,
    createdAt: new Date('2023-01-05T08:51:06Z'),
    createdRaw: '2023-01-05 08:51:06',
    extra: {},
    raw: {},
    ...overrides,
  };
}
