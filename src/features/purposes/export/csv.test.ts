import { makePurpose } from '../../../test/makePurpose';
import {
  CSV_MIME,
  isoUtcSeconds,
  neutraliseFormula,
  purposesToCsv,
  quoteCsvField,
  withBom,
} from './csv';

/** A strict RFC 4180 reader, to check that what is written reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (field === '' && char === '"') {
      const end = /^"((?:[^"]|"")*)"/.exec(text.slice(i));
      if (end?.[1] === undefined) throw new Error(`unterminated quote at ${i}`);
      field = end[1].replace(/""/g, '"');
      i += end[0].length;
      continue;
    }
    if (char === ',') {
      row.push(field);
      field = '';
    } else if (text.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else if (char === '"' || char === '\r' || char === '\n') {
      throw new Error(`bare ${JSON.stringify(char)} at ${i}`);
    } else field += char;
    i += 1;
  }
  if (field !== '' || row.length > 0) throw new Error('last record not ended by CRLF');
  return rows;
}

describe('purposesToCsv', () => {
  it('writes the header alone for no purposes', () => {
    expect(purposesToCsv([])).toBe('id,name,tenant,group,created_utc,description,image_url\r\n');
  });

  it('writes one CRLF-ended record per purpose, dates as ISO 8601 UTC', () => {
    const csv = purposesToCsv([
      makePurpose({
        id: 582,
        name: 'Marketing',
        tenantName: 'surya',
        group: 'Finance',
        description: 'Marketing P and L',
        imageUrl: 'http://demo.example/logo.png',
      }),
      makePurpose({ id: 7, name: 'Bare', createdAt: null, createdRaw: undefined }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      'id,name,tenant,group,created_utc,description,image_url',
      '582,Marketing,surya,Finance,2023-01-05T08:51:06Z,Marketing P and L,http://demo.example/logo.png',
      '7,Bare,,,,,',
      '',
    ]);
  });

  it('exports an unreadable date as the API sent it', () => {
    const csv = purposesToCsv([makePurpose({ id: 1, createdAt: null, createdRaw: '2023-02-31' })]);
    expect(parseCsv(csv)[1]?.[4]).toBe('2023-02-31');
  });

  it('quotes commas, quotes and line breaks, and they read back intact', () => {
    const description = 'He said "hi", then left.\r\nSecond line\nThird\rFourth';
    const csv = purposesToCsv([makePurpose({ id: 1, name: 'A, B', description })]);
    expect(csv).toContain('"A, B"');
    expect(csv).toContain('"He said ""hi"", then left.\r\nSecond line\nThird\rFourth"');
    expect(parseCsv(csv)[1]).toEqual([
      '1',
      'A, B',
      '',
      '',
      '2023-01-05T08:51:06Z',
      description,
      '',
    ]);
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a cell starting with %j', (trigger) => {
    const text = `${trigger}HYPERLINK("http://evil.example","x")`;
    const cells = parseCsv(
      purposesToCsv([
        makePurpose({
          id: 1,
          name: text,
          tenantName: text,
          group: text,
          description: text,
          imageUrl: text,
          createdAt: null,
          createdRaw: text,
        }),
      ]),
    )[1];
    expect(cells?.slice(1)).toEqual(Array(6).fill(`'${text}`));
  });

  it('leaves the numeric id and formula characters later in a cell alone', () => {
    const cells = parseCsv(purposesToCsv([makePurpose({ id: 42, name: 'a=b+c-d@e' })]))[1];
    expect(cells?.slice(0, 2)).toEqual(['42', 'a=b+c-d@e']);
  });

  it('round-trips accents, non-Latin scripts and emoji', () => {
    const name = 'Crème brûlée — Ωμέγα 日本語 🎉👩🏽‍💻';
    const csv = withBom(purposesToCsv([makePurpose({ id: 1, name })]));
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the BOM as a spreadsheet would.
    expect(parseCsv(new TextDecoder().decode(bytes))[1]?.[1]).toBe(name);
  });
});

describe('helpers', () => {
  it('quotes only when needed', () => {
    expect(quoteCsvField('plain text')).toBe('plain text');
    expect(quoteCsvField('"')).toBe('""""');
  });

  it('neutralises only leading triggers', () => {
    expect(neutraliseFormula('-5')).toBe("'-5");
    expect(neutraliseFormula('5-')).toBe('5-');
    expect(neutraliseFormula('')).toBe('');
  });

  it('formats dates to whole seconds in UTC and declares the MIME type', () => {
    expect(isoUtcSeconds(new Date(Date.UTC(2023, 0, 5, 8, 51, 6, 999)))).toBe(
      '2023-01-05T08:51:06Z',
    );
    expect(CSV_MIME).toBe('text/csv;charset=utf-8');
    expect(withBom('a')).toBe('\uFEFFa');
  });
});
