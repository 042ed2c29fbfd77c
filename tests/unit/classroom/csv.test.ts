// CSV export: byte order mark, separators and decimal marks per language, RFC 4180 quoting, accents, and the formula guard.
import { describe, expect, it } from 'vitest';
import {
  classCsvRows,
  classRows,
  CSV_COLUMNS,
  demoResults,
  encodeSessionCode,
  toCsv,
  verifyResult,
  type ClassSettings,
} from '../../../src/services/classroom';
import { env } from './support';

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    const csv = toCsv(
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      'en',
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('a,b\r\nc,d\r\n');
  });

  it('uses ; and a decimal comma in French, , and a point in English', () => {
    expect(toCsv([['x', 12.5, -3]], 'fr').slice(1)).toBe('x;12,5;-3\r\n');
    expect(toCsv([['x', 12.5, -3]], 'en').slice(1)).toBe('x,12.5,-3\r\n');
    expect(toCsv([[null, undefined, Number.NaN]], 'en').slice(1)).toBe(',,\r\n');
  });

  it('quotes cells holding the separator, quotes or line breaks (RFC 4180)', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'semi;colon']], 'en').slice(1)).toBe(
      '"a,b","say ""hi""","two\nlines",semi;colon\r\n',
    );
    expect(toCsv([['a,b', 'semi;colon']], 'fr').slice(1)).toBe('a,b;"semi;colon"\r\n');
    expect(toCsv([[' padded ']], 'en').slice(1)).toBe('" padded "\r\n');
  });

  it('keeps accents, emoji and non-Latin scripts as they are (UTF-8)', () => {
    const csv = toCsv([['Chloé', 'Zoë 👩🏽‍💻', '李明']], 'fr');
    expect(csv.slice(1)).toBe('Chloé;Zoë 👩🏽‍💻;李明\r\n');
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv);
  });

  it('neutralises text cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tTab', '\rCR', 'safe']], 'en');
    expect(csv.slice(1)).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),'\tTab,"'\rCR",safe\r\n`);
    // Numbers are numbers: a negative score is not a formula.
    expect(toCsv([[-12.5]], 'en').slice(1)).toBe('-12.5\r\n');
  });
});

describe('classCsvRows', () => {
  it('makes one header and one row per student, with translated labels', () => {
    const settings: ClassSettings = {
      length: 'short',
      difficulty: 'normal',
      language: 'any',
      checkpoints: false,
      timerSeconds: 0,
      seed: 5,
    };
    const code = encodeSessionCode(settings);
    const verified = demoResults(code, 3, env).map((p) => {
      const v = verifyResult(p, { ...settings, code }, env);
      if (!v.ok) throw new Error(v.error.key);
      return v.result;
    });
    const table = classCsvRows(classRows(verified), {
      column: (key) => `[${key}]`,
      outcome: (id) => `<${id}>`,
    });
    expect(table).toHaveLength(4);
    expect(table[0]).toEqual(CSV_COLUMNS.map((k) => `[${k}]`));
    const row = table[1] ?? [];
    expect(row[0]).toBe(verified[0]?.nickname);
    expect(row[1]).toBe('[yes]');
    expect(row[2]).toBe(verified[0]?.score?.total);
    expect(row[10]).toBe(0);
    expect(table.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });
});
