import {
  formatLocalDate,
  formatLocalDateTime,
  formatRelative,
  formatUtcDateTime,
  parseApiDate,
} from './createdDate';

// ICU puts narrow or non-breaking spaces before AM/PM; compare words, not space characters.
const spaces = (text: string) => text.replace(/\s/g, ' ');

describe('parseApiDate', () => {
  it('reads the API format as UTC, not local time', () => {
    expect(parseApiDate('2023-01-05 08:51:06')?.toISOString()).toBe('2023-01-05T08:51:06.000Z');
  });

  it('accepts a T separator, fractional seconds, a Z and surrounding spaces', () => {
    expect(parseApiDate('2023-01-05T08:51:06')?.toISOString()).toBe('2023-01-05T08:51:06.000Z');
    expect(parseApiDate('2023-01-05T08:51:06.789Z')?.toISOString()).toBe(
      '2023-01-05T08:51:06.000Z',
    );
    expect(parseApiDate(' 2022-11-22 07:14:56 ')?.toISOString()).toBe('2022-11-22T07:14:56.000Z');
  });

  it('accepts the edges of the calendar', () => {
    expect(parseApiDate('2024-02-29 23:59:59')?.toISOString()).toBe('2024-02-29T23:59:59.000Z');
    expect(parseApiDate('2000-01-01 00:00:00')?.toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });

  it.each<[string, unknown]>([
    ['a day that does not exist', '2023-02-31 00:00:00'],
    ['February 29 of a common year', '2023-02-29 12:00:00'],
    ['month 13', '2023-13-01 00:00:00'],
    ['month 0', '2023-00-10 00:00:00'],
    ['hour 24', '2023-01-05 24:00:00'],
    ['minute 60', '2023-01-05 08:60:00'],
    ['an empty string', ''],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a Date', new Date('2023-01-05T08:51:06Z')],
    ['a word', 'yesterday'],
    ['a date without time', '2023-01-05'],
    ['an offset', '2023-01-05 08:51:06+02:00'],
    ['a two-digit year', '23-01-05 08:51:06'],
    ['trailing text', '2023-01-05 08:51:06 UTC'],
  ])('refuses %s', (_label, value) => {
    expect(parseApiDate(value)).toBeNull();
  });
});

describe('formatters', () => {
  const date = new Date(Date.UTC(2023, 0, 5, 8, 51, 6));

  it('formats in UTC whatever the local zone', () => {
    expect(spaces(formatUtcDateTime(date, 'en-US'))).toBe('Jan 5, 2023, 8:51:06 AM');
    expect(spaces(formatUtcDateTime(new Date(Date.UTC(2022, 10, 22, 19, 4, 5)), 'en-US'))).toBe(
      'Nov 22, 2022, 7:04:05 PM',
    );
  });

  it('honours the locale', () => {
    expect(spaces(formatUtcDateTime(date, 'en-GB'))).toBe('5 Jan 2023, 08:51:06');
  });

  it('formats the local date of the instant', () => {
    const months = [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ];
    const noon = new Date(Date.UTC(2023, 6, 15, 12, 0, 0));
    const expected = `${months[noon.getMonth()]} ${noon.getDate()}, ${noon.getFullYear()}`;
    expect(formatLocalDate(noon, 'en-US')).toBe(expected);
  });

  it('formats the local date and time of the instant', () => {
    const text = spaces(formatLocalDateTime(date, 'en-US'));
    expect(text).toContain(String(date.getFullYear()));
    expect(text).toMatch(/\d{1,2}:\d{2}:\d{2} [AP]M$/);
    expect(text).toContain(`:${String(date.getSeconds()).padStart(2, '0')} `);
  });
});

describe('formatRelative', () => {
  const now = new Date(Date.UTC(2025, 0, 10, 12, 0, 0));
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
  const hour = 3600;
  const day = 24 * hour;

  it.each<[string, Date]>([
    ['2 years ago', new Date(Date.UTC(2023, 0, 5, 8, 51, 6))],
    ['yesterday', ago(day)],
    ['yesterday', ago(30 * hour)],
    ['3 days ago', ago(3 * day)],
    ['last week', ago(8 * day)],
    ['3 months ago', ago(95 * day)],
    ['5 minutes ago', ago(5 * 60)],
    ['now', now],
    ['in 2 hours', ago(-2 * hour)],
    ['tomorrow', ago(-day)],
    ['in 45 seconds', ago(-45)],
  ])('says %s', (expected, date) => {
    expect(formatRelative(date, now, 'en')).toBe(expected);
  });

  it('uses the locale', () => {
    expect(formatRelative(ago(3 * day), now, 'fr')).toBe('il y a 3 jours');
  });

  it('measures from the current time by default', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(now);
      expect(formatRelative(ago(2 * hour), undefined, 'en')).toBe('2 hours ago');
    } finally {
      vi.useRealTimers();
    }
  });
});
