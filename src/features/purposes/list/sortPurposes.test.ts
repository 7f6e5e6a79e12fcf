import type { Purpose } from '../api';
import { makePurpose } from '../../../test/makePurpose';
import { sortPurposes } from './sortPurposes';

const ids = (purposes: readonly Purpose[]) => purposes.map((p) => p.id);
const at = (iso: string) => new Date(iso);

describe('sortPurposes', () => {
  it('returns a new array and leaves the input alone', () => {
    const input = [makePurpose({ id: 2 }), makePurpose({ id: 1 })];
    const sorted = sortPurposes(input, 'id', 'asc');
    expect(sorted).not.toBe(input);
    expect(ids(input)).toEqual([2, 1]);
    expect(ids(sorted)).toEqual([1, 2]);
  });

  it('sorts names naturally, ignoring case and accents', () => {
    const input = [
      makePurpose({ id: 1, name: 'Campaign 10' }),
      makePurpose({ id: 2, name: 'campaign 9' }),
      makePurpose({ id: 3, name: 'Élan' }),
      makePurpose({ id: 4, name: 'Alerts' }),
      makePurpose({ id: 5, name: 'zebra' }),
    ];
    expect(ids(sortPurposes(input, 'name', 'asc'))).toEqual([4, 2, 1, 3, 5]);
    expect(ids(sortPurposes(input, 'name', 'desc'))).toEqual([5, 3, 1, 2, 4]);
  });

  it('breaks name ties by id ascending in both directions', () => {
    const input = [
      makePurpose({ id: 9, name: 'Newsletter' }),
      makePurpose({ id: 3, name: 'newsletter' }),
      makePurpose({ id: 5, name: 'Alerts' }),
    ];
    expect(ids(sortPurposes(input, 'name', 'asc'))).toEqual([5, 3, 9]);
    expect(ids(sortPurposes(input, 'name', 'desc'))).toEqual([3, 9, 5]);
  });

  it('sorts by created time with missing dates last in both directions', () => {
    const input = [
      makePurpose({ id: 1, createdAt: null }),
      makePurpose({ id: 2, createdAt: at('2024-01-01T00:00:00Z') }),
      makePurpose({ id: 3, createdAt: at('2022-01-01T00:00:00Z') }),
      makePurpose({ id: 4, createdAt: null, createdRaw: 'yesterday' }),
      makePurpose({ id: 5, createdAt: at('2023-01-01T00:00:00Z') }),
      makePurpose({ id: 0, createdAt: at('2023-01-01T00:00:00Z') }),
    ];
    expect(ids(sortPurposes(input, 'created', 'asc'))).toEqual([3, 0, 5, 2, 1, 4]);
    expect(ids(sortPurposes(input, 'created', 'desc'))).toEqual([2, 0, 5, 3, 1, 4]);
  });

  it('treats the epoch as a date, not as missing', () => {
    const input = [
      makePurpose({ id: 1, createdAt: null }),
      makePurpose({ id: 2, createdAt: new Date(0) }),
    ];
    expect(ids(sortPurposes(input, 'created', 'desc'))).toEqual([2, 1]);
  });

  it('sorts by id in either direction', () => {
    const input = [3, 1, 2].map((id) => makePurpose({ id }));
    expect(ids(sortPurposes(input, 'id', 'asc'))).toEqual([1, 2, 3]);
    expect(ids(sortPurposes(input, 'id', 'desc'))).toEqual([3, 2, 1]);
  });

  it('is stable for entries that compare equal (a repeated id)', () => {
    const first = makePurpose({ id: 7, name: 'Same' });
    const second = makePurpose({ id: 7, name: 'same' });
    const sorted = sortPurposes([first, second], 'name', 'desc');
    expect(sorted[0]).toBe(first);
    expect(sorted[1]).toBe(second);
  });
});
