import type { Purpose } from '../api';

export const CSV_MIME = 'text/csv;charset=utf-8';

const header = ['id', 'name', 'tenant', 'group', 'created_utc', 'description', 'image_url'];

/** `2023-01-05T08:51:06Z`: ISO 8601 in UTC, whole seconds (the API has no finer precision). */
export function isoUtcSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// OWASP CSV injection: a spreadsheet runs a cell starting with one of these as a formula, and
// the API's text is untrusted. A leading apostrophe makes Excel and Sheets show it as text.
const formulaTrigger = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return formulaTrigger.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote a field holding a quote, comma, CR or LF, doubling the quotes inside. */
export function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function createdCell(purpose: Purpose): string {
  if (purpose.createdAt) return isoUtcSeconds(purpose.createdAt);
  // An unreadable date is exported as sent, so the admin can see what is wrong with it.
  return purpose.createdRaw ?? '';
}

function row(purpose: Purpose): string {
  const text = [
    purpose.name,
    purpose.tenantName ?? '',
    purpose.group ?? '',
    createdCell(purpose),
    purpose.description ?? '',
    purpose.imageUrl ?? '',
  ].map(neutraliseFormula);
  // The id is a parsed positive integer: it can never start a formula, and must stay a number.
  return [String(purpose.id), ...text].map(quoteCsvField).join(',');
}

/** The purposes as RFC 4180 CSV with CRLF line endings, each record (the last too) ended by one. */
export function purposesToCsv(purposes: readonly Purpose[]): string {
  return [header.join(','), ...purposes.map(row)].map((line) => `${line}\r\n`).join('');
}

/** Excel reads a CSV as the system code page unless it starts with a UTF-8 byte order mark. */
export function withBom(text: string): string {
  return `\uFEFF${text}`;
}
