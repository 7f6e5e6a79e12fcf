import { formatLocalDate, formatRelative, formatUtcDateTime } from './createdDate';

/** The created date in the user's locale with its age; the exact UTC time on hover. */
export function CreatedDate({ date, raw }: { date: Date | null; raw?: string }) {
  if (!date) return <span>{raw ? `Unreadable date “${raw}”` : 'No created date'}</span>;
  return (
    <time dateTime={date.toISOString()} title={`${formatUtcDateTime(date)} UTC`}>
      {formatLocalDate(date)} · {formatRelative(date)}
    </time>
  );
}
